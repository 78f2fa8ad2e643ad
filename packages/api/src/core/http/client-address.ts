import { BlockList, isIP } from 'node:net';

/** Header values as Node gives them (IncomingHttpHeaders). */
type Headers = Record<string, string | string[] | undefined>;

/**
 * An address as one canonical string: IPv4 clients of a dual-stack server arrive as
 * `::ffff:a.b.c.d`, proxies may add a port (`1.2.3.4:5678`, `[2001:db8::1]:443`) or an IPv6
 * zone (`fe80::1%eth0`). Null when it is not an address at all.
 */
export function normalizeAddress(value: string | null | undefined): string | null {
  let address = value?.trim() ?? '';
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  address = address.split('%')[0]!;
  if (/^::ffff:/i.test(address) && isIP(address.slice(7)) === 4) address = address.slice(7);
  const family = isIP(address);
  if (family === 0) return null;
  return family === 6 ? address.toLowerCase() : address;
}

/** The names Express' `trust proxy` accepted, kept so existing TRUSTED_PROXIES values mean the same. */
const NAMED_RANGES: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/** Whether an address is in a list of addresses and CIDR ranges (`203.0.113.7`, `10.0.0.0/8`, `2001:db8::/32`). */
export type AddressMatcher = (address: string | null | undefined) => boolean;

export function addressMatcher(entries: readonly string[]): AddressMatcher {
  const list = new BlockList();
  for (const entry of entries.flatMap((entry) => NAMED_RANGES[entry.trim().toLowerCase()] ?? [entry])) {
    const [rawAddress, prefix] = entry.trim().split('/');
    const address = normalizeAddress(rawAddress);
    if (!address) throw new Error(`not an address or CIDR range: "${entry}"`);
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return (value) => {
    const address = normalizeAddress(value);
    return address !== null && list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
  };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * The client's address. Forwarding headers are believed only from a trusted proxy (TRUSTED_PROXIES),
 * since anyone can send them: from any other peer the socket address is the client.
 * Behind trusted proxies: Cloudflare's `CF-Connecting-IP`, else `X-Forwarded-For` read from the
 * right (the hop nearest us) past every trusted proxy, so a client cannot prepend a fake address.
 */
export function clientAddress(socketAddress: string | null | undefined, headers: Headers, trusted: AddressMatcher): string | null {
  const peer = normalizeAddress(socketAddress);
  if (!peer || !trusted(peer)) return peer;
  const cloudflare = normalizeAddress(single(headers['cf-connecting-ip']));
  if (cloudflare) return cloudflare;
  const hops = (single(headers['x-forwarded-for']) ?? '').split(',').filter((hop) => hop.trim() !== '');
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    // A hop that is no address was written by someone we do not trust: stop at the last one we do.
    if (!hop) return client;
    client = hop;
    if (!trusted(hop)) return hop;
  }
  return client;
}
