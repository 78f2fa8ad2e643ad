import { describe, expect, it } from 'vitest';
import { parseEurosToCents } from './parse-euros';

describe('amounts typed in euros become integer cents', () => {
  it('accepts a comma or a point as the decimal mark', () => {
    expect(parseEurosToCents('1234,56')).toBe(123_456);
    expect(parseEurosToCents('1234.56')).toBe(123_456);
    expect(parseEurosToCents(' 1 234,5 ')).toBe(123_450);
    expect(parseEurosToCents('12')).toBe(1200);
    expect(parseEurosToCents('12 €')).toBe(1200);
  });

  it('never goes through floating point', () => {
    expect(parseEurosToCents('0.29')).toBe(29);
    expect(parseEurosToCents('1.005')).toBeNull();
    expect(parseEurosToCents('19,99')).toBe(1999);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', ',5', '1,234.56', '-5', '1e3', 'abc', '1.2.3', '99999999']) expect(parseEurosToCents(text)).toBeNull();
  });
});
