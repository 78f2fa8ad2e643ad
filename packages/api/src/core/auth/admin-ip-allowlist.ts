import { addressMatcher } from '../http/client-address';

/**
 * ADMIN_IP_ALLOWLIST: addresses (`203.0.113.7`) and ranges (`203.0.113.0/24`, `2001:db8::/32`)
 * admin tokens are accepted from. Empty: from anywhere. The address given is the client's
 * (core/http/client-address.ts), so a forwarded header counts only from a trusted proxy.
 */
export function adminIpMatcher(entries: readonly string[]): (ip: string | null | undefined) => boolean {
  if (entries.length === 0) return () => true;
  return addressMatcher(entries);
}
