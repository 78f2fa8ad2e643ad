import { describe, expect, it } from 'vitest';
import { Role } from './role';
import { VerifiedTokens } from './verified-tokens';

const viewer = (expiresAt: number) => ({ id: 'u1', email: null, role: Role.ADMIN, name: null, expiresAt });

describe('VerifiedTokens', () => {
  it('answers a token verified with the same settings until it expires, with the tolerance', () => {
    const cache = new VerifiedTokens();
    cache.set('t', 's', viewer(1_000));
    expect(cache.get('t', 's', 999, 5)).toMatchObject({ id: 'u1' });
    expect(cache.get('t', 's', 1_004, 5)).toMatchObject({ id: 'u1' });
    expect(cache.get('t', 's', 1_005, 5)).toBeUndefined();
    // Gone once expired, even if asked with an earlier clock.
    expect(cache.get('t', 's', 999, 5)).toBeUndefined();
  });

  it('knows nothing of a token checked against other settings (secret, audience, issuer)', () => {
    const cache = new VerifiedTokens();
    cache.set('t', 's', viewer(1_000));
    expect(cache.get('t', 'other', 0, 5)).toBeUndefined();
  });

  it('keeps at most its capacity, the oldest leaving first', () => {
    const cache = new VerifiedTokens(2);
    cache.set('a', 's', viewer(1_000));
    cache.set('b', 's', viewer(1_000));
    cache.set('c', 's', viewer(1_000));
    expect(cache.get('a', 's', 0, 5)).toBeUndefined();
    expect(cache.get('b', 's', 0, 5)).toBeDefined();
    expect(cache.get('c', 's', 0, 5)).toBeDefined();
  });
});
