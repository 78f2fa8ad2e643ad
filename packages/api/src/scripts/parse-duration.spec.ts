import { describe, expect, it } from 'vitest';
import { parseDuration } from './parse-duration';

describe('parseDuration', () => {
  it('reads seconds, minutes, hours and days', () => {
    expect([parseDuration('90'), parseDuration('90s'), parseDuration('15m'), parseDuration('1h'), parseDuration('7d')]).toEqual([90, 90, 900, 3600, 604800]);
  });

  it('refuses anything else', () => {
    expect(() => parseDuration('1 week')).toThrow(/duration/);
  });
});
