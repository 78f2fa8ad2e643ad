/** Payments are grouped by calendar day in Vilnius (the API's BUSINESS_TIMEZONE). */
const TIME_ZONE = 'Europe/Vilnius';

/** Today in Vilnius as YYYY-MM-DD (en-CA writes dates that way). */
export function businessToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A YYYY-MM-DD date moved by whole days, by calendar and not by 24-hour steps. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
