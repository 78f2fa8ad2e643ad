import type { Request } from 'express';
import { BadUserInputError } from '../core/errors/domain-error';

const DAY_MS = 86_400_000;
const DEFAULT_RANGE_DAYS = 30;
const MAX_RANGE_DAYS = 366;

/** `YYYY-MM-DD` → days since the epoch, or undefined when it is not a real calendar date. */
function parseDay(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return time / DAY_MS;
}

function formatDay(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

/** Today's calendar date in the business time zone, as epoch days. */
function todayIn(timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date()).map((p) => [p.type, p.value]),
  );
  return parseDay(`${parts.year}-${parts.month}-${parts.day}`)!;
}

export interface DayRange {
  from: string;
  to: string;
}

/** `?from=&to=` → an inclusive range of business days; BadUserInputError when unusable. */
export function parseDayRange(query: Request['query'], timeZone: string): DayRange {
  const read = (name: 'from' | 'to'): number | undefined => {
    const raw = query[name];
    if (raw === undefined || raw === '') return undefined;
    const day = typeof raw === 'string' ? parseDay(raw) : undefined;
    if (day === undefined) throw new BadUserInputError(`${name} must be a date as YYYY-MM-DD`);
    return day;
  };
  const to = read('to') ?? todayIn(timeZone);
  const from = read('from') ?? to - DEFAULT_RANGE_DAYS;
  if (from > to) throw new BadUserInputError('from must not be after to');
  if (to - from + 1 > MAX_RANGE_DAYS) throw new BadUserInputError(`The range may span at most ${MAX_RANGE_DAYS} days`);
  return { from: formatDay(from), to: formatDay(to) };
}
