import { describe, expect, it } from 'vitest';
import { MAX_SEND_ATTEMPTS, retryDelayMs, shouldRetry } from './backoff';

describe('retryDelayMs', () => {
  it('doubles from 2 s without jitter (random 0.5 is the midpoint)', () => {
    expect([1, 2, 3, 4, 5].map((attempts) => retryDelayMs(attempts, 0.5))).toEqual([2_000, 4_000, 8_000, 16_000, 32_000]);
  });

  it('never waits longer than 15 minutes, however many attempts', () => {
    for (const attempts of [10, 11, 50, 1_000]) expect(retryDelayMs(attempts, 0.999)).toBe(15 * 60_000);
  });

  it('jitters by at most 10 % either way', () => {
    expect(retryDelayMs(3, 0)).toBe(7_200);
    expect(retryDelayMs(3, 0.999_999)).toBeCloseTo(8_800, -1);
    for (let i = 0; i < 100; i++) {
      const delay = retryDelayMs(4);
      expect(delay).toBeGreaterThanOrEqual(14_400);
      expect(delay).toBeLessThanOrEqual(17_600);
    }
  });

  it('treats zero or fewer attempts like the first failure', () => {
    expect(retryDelayMs(0, 0.5)).toBe(2_000);
  });
});

describe('shouldRetry', () => {
  it('retries until the tenth failed attempt', () => {
    expect(MAX_SEND_ATTEMPTS).toBe(10);
    expect(shouldRetry(1)).toBe(true);
    expect(shouldRetry(9)).toBe(true);
    expect(shouldRetry(10)).toBe(false);
  });
});
