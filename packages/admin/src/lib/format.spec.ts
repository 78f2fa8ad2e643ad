import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatPercent } from './format';

// Intl separates thousands with a narrow no-break space in lt-LT; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting through Intl for the chosen locale', () => {
  it('writes money in cents as Lithuanian and English readers expect', () => {
    expect(plain(formatMoney(123_456, 'EUR', 'lt-LT'))).toBe('1 234,56 €');
    expect(formatMoney(123_456, 'EUR', 'en-GB')).toBe('€1,234.56');
  });

  it('writes ratios as percentages and calendar dates without shifting the day', () => {
    expect(plain(formatPercent(0.25, 'lt-LT'))).toBe('25 %');
    expect(formatDate('2026-12-03', 'en-GB')).toBe('3 Dec 2026');
  });
});
