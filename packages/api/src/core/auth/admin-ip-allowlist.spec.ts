import { describe, expect, it } from 'vitest';
import { adminIpMatcher } from './admin-ip-allowlist';

describe('adminIpMatcher', () => {
  it('allows everyone when the list is empty', () => {
    expect(adminIpMatcher([])('198.51.100.1')).toBe(true);
  });

  it('matches addresses and ranges, IPv4 seen as IPv6-mapped too', () => {
    const allowed = adminIpMatcher(['203.0.113.7', '10.0.0.0/8', '2001:db8::/32']);
    expect(allowed('203.0.113.7')).toBe(true);
    expect(allowed('::ffff:10.1.2.3')).toBe(true);
    expect(allowed('2001:db8::1')).toBe(true);
    expect(allowed('198.51.100.1')).toBe(false);
    expect(allowed(null)).toBe(false);
  });
});
