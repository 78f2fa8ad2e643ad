import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows max hits per window and key, then refuses until the window resets', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(limiter.hit('a').allowed).toBe(true);
    expect(limiter.hit('a').allowed).toBe(true);
    expect(limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(limiter.hit('b').allowed).toBe(true);
    now = 60_000;
    expect(limiter.hit('a').allowed).toBe(true);
  });

  it('tells whether a key is blocked without counting', () => {
    const limiter = new RateLimiter(1, 1000, () => 0);
    expect(limiter.blocked('a').allowed).toBe(true);
    limiter.hit('a');
    expect(limiter.blocked('a').allowed).toBe(false);
  });
});
