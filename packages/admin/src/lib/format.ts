import { currentLocale } from './i18n';

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

/** Amounts are integer cents. lt-LT: `1 234,56 €`. */
export function formatMoney(cents: number, currency = 'EUR', locale = currentLocale()): string {
  return cached(`money:${locale}:${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency })).format(cents / 100);
}

export function formatNumber(value: number, locale = currentLocale(), maximumFractionDigits = 2): string {
  return cached(`number:${locale}:${maximumFractionDigits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits })).format(value);
}

export function formatPercent(ratio: number, locale = currentLocale()): string {
  return cached(`percent:${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })).format(ratio);
}

export function formatDateTime(iso: string | null | undefined, locale = currentLocale()): string {
  if (!iso) return '—';
  return cached(`datetime:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Vilnius' })).format(new Date(iso));
}

/** A calendar date (`2026-12-03`) as the locale writes it. */
export function formatDate(isoDate: string, locale = currentLocale()): string {
  return cached(`date:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}
