import type { DataSource } from 'typeorm';
import type { AppConfig } from '../core/config/config';
import type { FinanceMetrics } from './finance-metrics.type';

export const MAX_METRICS_DAYS = 366;

interface DayRow {
  date: string;
  gross: string;
  manual: string;
  refunded: string;
  count: number;
  last_movement_at: Date | null;
}

/**
 * Metrics over the last `days` calendar days including today, in the business time zone,
 * read from the daily roll-up: the cost depends on `days`, not on how many payments exist.
 */
export async function computeFinanceMetrics(dataSource: DataSource, config: AppConfig, days: number): Promise<FinanceMetrics> {
  const rows: DayRow[] = await dataSource.query(
    `WITH today AS (SELECT (now() AT TIME ZONE $1)::date AS day)
     SELECT to_char(d.day, 'YYYY-MM-DD') AS date,
            coalesce(f.gross_amount, 0) AS gross,
            coalesce(f.manual_gross_amount, 0) AS manual,
            coalesce(f.refunded_amount, 0) AS refunded,
            coalesce(f.payment_count, 0) AS count,
            f.last_movement_at
       FROM today,
            generate_series(today.day - ($2::int - 1), today.day, interval '1 day') AS g(at),
            LATERAL (SELECT g.at::date AS day) d
       LEFT JOIN finance_daily f ON f.day = d.day AND f.currency = $3
      ORDER BY d.day`,
    [config.businessTimezone, days, config.defaultCurrency],
  );
  return summarize(rows, config.defaultCurrency);
}

/** Pure arithmetic over the window's day rows (sums in minor units, ratio on gross amounts). */
export function summarize(rows: readonly DayRow[], currency: string): FinanceMetrics {
  let gross = 0;
  let manual = 0;
  let refunded = 0;
  let paymentCount = 0;
  let asOf: Date | null = null;
  const dailyVolume = rows.map((row) => {
    gross += Number(row.gross);
    manual += Number(row.manual);
    refunded += Number(row.refunded);
    paymentCount += row.count;
    if (row.last_movement_at && (!asOf || row.last_movement_at > asOf)) asOf = row.last_movement_at;
    return { date: row.date, amount: Number(row.gross) - Number(row.refunded), count: row.count };
  });
  return {
    asOf,
    currency,
    totalReceived: gross - refunded,
    paymentCount,
    manualRatio: gross > 0 ? manual / gross : 0,
    dailyVolume,
    sequence: 0,
  };
}
