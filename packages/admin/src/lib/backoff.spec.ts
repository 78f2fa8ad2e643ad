import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './backoff';

describe('reconnectDelay', () => {
  it('grows exponentially and never exceeds 30 s, however many attempts failed', () => {
    expect(reconnectDelay(0, () => 1)).toBe(500);
    expect(reconnectDelay(3, () => 1)).toBe(4_000);
    expect(reconnectDelay(10, () => 1)).toBe(30_000);
    expect(reconnectDelay(10_000, () => 1)).toBe(30_000);
  });

  it('spreads attempts over the upper half of the window (jitter)', () => {
    expect(reconnectDelay(3, () => 0)).toBe(2_000);
    expect(reconnectDelay(3, () => 0.5)).toBe(3_000);
  });
});
