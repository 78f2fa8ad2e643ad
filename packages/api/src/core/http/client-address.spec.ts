import { describe, expect, it } from 'vitest';
import { addressMatcher, clientAddress, normalizeAddress } from './client-address';

const proxies = addressMatcher(['127.0.0.1', '10.0.0.0/8', '2001:db8::/32']);
const nobody = addressMatcher([]);

describe('normalizeAddress', () => {
  it('writes each address one way', () => {
    expect(normalizeAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(normalizeAddress('::FFFF:203.0.113.7')).toBe('203.0.113.7');
    expect(normalizeAddress(' 203.0.113.7:5678 ')).toBe('203.0.113.7');
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80::1');
    expect(normalizeAddress('2001:db8::1')).toBe('2001:db8::1');
  });

  it('is null for what is not an address', () => {
    for (const value of ['', 'unknown', 'example.com', '999.1.1.1', '1.2.3.4, 5.6.7.8', undefined, null]) expect(normalizeAddress(value)).toBeNull();
  });
});

describe('addressMatcher', () => {
  it('matches IPv4, IPv6, CIDR ranges and mapped addresses', () => {
    expect(proxies('127.0.0.1')).toBe(true);
    expect(proxies('::ffff:127.0.0.1')).toBe(true);
    expect(proxies('10.20.30.40')).toBe(true);
    expect(proxies('::ffff:10.1.2.3')).toBe(true);
    expect(proxies('2001:db8:ffff::1')).toBe(true);
    expect(proxies('127.0.0.2')).toBe(false);
    expect(proxies('2001:db9::1')).toBe(false);
    expect(proxies(null)).toBe(false);
  });

  it('knows the named ranges of Express (loopback, linklocal, uniquelocal)', () => {
    const named = addressMatcher(['loopback', 'uniquelocal']);
    expect(named('127.0.0.9')).toBe(true);
    expect(named('::1')).toBe(true);
    expect(named('192.168.1.1')).toBe(true);
    expect(named('203.0.113.7')).toBe(false);
  });

  it('refuses an entry that is not an address', () => {
    expect(() => addressMatcher(['localhost'])).toThrow(/localhost/);
  });
});

describe('clientAddress', () => {
  it('is the socket address when the peer is not a trusted proxy, whatever the headers say', () => {
    const spoofed = { 'x-forwarded-for': '198.51.100.1', 'cf-connecting-ip': '198.51.100.2' };
    expect(clientAddress('203.0.113.7', spoofed, proxies)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:203.0.113.7', spoofed, proxies)).toBe('203.0.113.7');
    expect(clientAddress('127.0.0.1', spoofed, nobody)).toBe('127.0.0.1');
  });

  it('takes CF-Connecting-IP from a trusted proxy first', () => {
    expect(clientAddress('::ffff:127.0.0.1', { 'cf-connecting-ip': '2001:DB9::7', 'x-forwarded-for': '198.51.100.1' }, proxies)).toBe('2001:db9::7');
  });

  it('reads X-Forwarded-For from the right, past trusted proxies only', () => {
    // The client wrote "6.6.6.6"; the first proxy appended what it saw, the second proxy itself.
    expect(clientAddress('127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 198.51.100.1, 10.0.0.5' }, proxies)).toBe('198.51.100.1');
    expect(clientAddress('2001:db8::1', { 'x-forwarded-for': '[2001:db9::1]:1234' }, proxies)).toBe('2001:db9::1');
    expect(clientAddress('127.0.0.1', { 'x-forwarded-for': ['6.6.6.6', '198.51.100.1'] }, proxies)).toBe('198.51.100.1');
  });

  it('stops at a hop that is no address, and falls back to the peer without headers', () => {
    expect(clientAddress('127.0.0.1', { 'x-forwarded-for': 'evil, 10.0.0.5' }, proxies)).toBe('10.0.0.5');
    expect(clientAddress('127.0.0.1', { 'cf-connecting-ip': 'not-an-ip' }, proxies)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', {}, proxies)).toBe('127.0.0.1');
    expect(clientAddress('10.0.0.1', { 'x-forwarded-for': '10.0.0.2, 10.0.0.3' }, proxies)).toBe('10.0.0.2');
  });

  it('is null without a socket address', () => {
    expect(clientAddress(undefined, { 'x-forwarded-for': '198.51.100.1' }, proxies)).toBeNull();
  });
});
