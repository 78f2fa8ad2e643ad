import { BlockList, isIP } from 'node:net';

/**
 * ADMIN_IP_ALLOWLIST: addresses (`203.0.113.7`) and ranges (`203.0.113.0/24`, `2001:db8::/32`)
 * admin tokens are accepted from. Empty: from anywhere.
 */
export function adminIpMatcher(entries: readonly string[]): (ip: string | null | undefined) => boolean {
  if (entries.length === 0) return () => true;
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split('/');
    const family = isIP(address ?? '') === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address!, family);
    else list.addSubnet(address!, Number(prefix), family);
  }
  return (ip) => {
    if (!ip) return false;
    // IPv4 clients reach a dual-stack server as ::ffff:a.b.c.d.
    const plain = ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
    const family = isIP(plain) === 6 ? 'ipv6' : 'ipv4';
    return isIP(plain) !== 0 && list.check(plain, family);
  };
}
