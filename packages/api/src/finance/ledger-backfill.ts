import type { EntityManager } from 'typeorm';

/**
 * Ledger lines and daily roll-up for payments written without them (seeded demo and bulk
 * data insert payments directly). Idempotent: only payments with no ledger lines are taken,
 * so running it twice adds nothing. Live code never needs it: recordMoneyIn / recordMoneyOut
 * write both in the payment's own transaction.
 */
export async function backfillLedger(manager: EntityManager, businessTimezone: string): Promise<number> {
  const [row] = (await manager.query(
    `WITH fresh AS (
       SELECT p.* FROM payments p
        WHERE p.status <> 'FAILED' AND NOT EXISTS (SELECT 1 FROM ledger_entries l WHERE l.payment_id = p.id)
     ),
     money_in AS (
       INSERT INTO ledger_entries (transaction_id, account, amount, currency, movement, payment_id, created_at)
       SELECT md5(f.id::text || ':in')::uuid, a.account, CASE a.account WHEN 'CASH' THEN f.amount ELSE -f.amount END,
              f.currency, 'PAYMENT', f.id, f.received_at
         FROM fresh f CROSS JOIN (VALUES ('CASH'), ('REVENUE')) a(account)
     ),
     money_out AS (
       INSERT INTO ledger_entries (transaction_id, account, amount, currency, movement, payment_id, created_at)
       SELECT md5(f.id::text || ':out')::uuid, a.account, CASE a.account WHEN 'CASH' THEN -f.refunded_amount ELSE f.refunded_amount END,
              f.currency, 'REFUND', f.id, f.received_at
         FROM fresh f CROSS JOIN (VALUES ('CASH'), ('REVENUE')) a(account)
        WHERE f.refunded_amount > 0
     ),
     daily AS (
       INSERT INTO finance_daily AS d (day, currency, gross_amount, manual_gross_amount, refunded_amount, payment_count, last_movement_at)
       SELECT (f.received_at AT TIME ZONE $1)::date, f.currency, sum(f.amount),
              coalesce(sum(f.amount) FILTER (WHERE f.provider = 'MANUAL'), 0), sum(f.refunded_amount), count(*), max(f.received_at)
         FROM fresh f GROUP BY 1, 2
       ON CONFLICT (day, currency) DO UPDATE SET
         gross_amount = d.gross_amount + EXCLUDED.gross_amount,
         manual_gross_amount = d.manual_gross_amount + EXCLUDED.manual_gross_amount,
         refunded_amount = d.refunded_amount + EXCLUDED.refunded_amount,
         payment_count = d.payment_count + EXCLUDED.payment_count,
         last_movement_at = greatest(d.last_movement_at, EXCLUDED.last_movement_at)
     )
     SELECT count(*)::int AS payments FROM fresh`,
    [businessTimezone],
  )) as [{ payments: number }];
  return row.payments;
}
