import { describe, expect, it } from 'vitest';
import { parseDayRange } from './day-range';

describe('parseDayRange', () => {
  it('reads an inclusive range of calendar days', () => {
    expect(parseDayRange({ from: '2024-02-28', to: '2024-03-01' }, 'Europe/Vilnius')).toEqual({ from: '2024-02-28', to: '2024-03-01' });
  });

  it('refuses impossible dates, reversed ranges and ranges over 366 days', () => {
    expect(() => parseDayRange({ from: '2025-02-30' }, 'Europe/Vilnius')).toThrow(/YYYY-MM-DD/);
    expect(() => parseDayRange({ from: '2025-03-02', to: '2025-03-01' }, 'Europe/Vilnius')).toThrow(/after/);
    expect(() => parseDayRange({ from: '2024-01-01', to: '2025-01-01' }, 'Europe/Vilnius')).toThrow(/366/);
  });

  it('defaults to the 30 days before today', () => {
    const { from, to } = parseDayRange({}, 'Europe/Vilnius');
    expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBe(30);
  });
});
