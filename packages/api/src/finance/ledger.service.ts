import { randomUUID } from 'node:crypto';
import type { TxContext } from '../core/db/transaction';
import { publishAfterCommit } from '../core/events/publish';

/**
 * What the ledger needs of a payment. Payments depend on finance (they post here in their
 * own transaction); finance knows payments only by this shape.
 */
export interface LedgerPayment {
  id: string;
  amount: number;
  currency: string;
  receivedAt: Date;
  /** Recorded by hand (quick payment) rather than by a provider: counts in the manual ratio. */
  manual: boolean;
}

/**
 * Money movements, written in the transaction that records them: balanced ledger lines
 * (CASH debit / REVENUE credit for money in, the reverse for a refund) and the daily
 * roll-up that metrics read, so reading metrics never scans payments.
 */

/**
 * The two balanced lines of a movement, as a data-modifying CTE: each movement writes its lines
 * and its day's roll-up in one statement (issue 12). Takes $1 transaction id, $2 cash amount,
 * $3 currency, $4 movement, $5 payment id.
 */
const LEDGER_LINES = `WITH lines AS (
     INSERT INTO ledger_entries (transaction_id, account, amount, currency, movement, payment_id)
     VALUES ($1, 'CASH', $2::bigint, $3, $4, $5), ($1, 'REVENUE', -$2::bigint, $3, $4, $5)
   )`;

/** Money received: ledger lines and the day it was received (business time zone). */
export async function recordMoneyIn(tx: TxContext, payment: LedgerPayment): Promise<void> {
  const manual = payment.manual ? payment.amount : 0;
  await tx.manager.query(
    `${LEDGER_LINES}
     INSERT INTO finance_daily AS f (day, currency, gross_amount, manual_gross_amount, payment_count, last_movement_at)
     VALUES (($6::timestamptz AT TIME ZONE $7)::date, $3, $2, $8, 1, now())
     ON CONFLICT (day, currency) DO UPDATE SET
       gross_amount = f.gross_amount + EXCLUDED.gross_amount,
       manual_gross_amount = f.manual_gross_amount + EXCLUDED.manual_gross_amount,
       payment_count = f.payment_count + 1,
       last_movement_at = greatest(f.last_movement_at, EXCLUDED.last_movement_at)`,
    [randomUUID(), payment.amount, payment.currency, 'PAYMENT', payment.id, payment.receivedAt, tx.config.businessTimezone, manual],
  );
  publishAfterCommit(tx, { type: 'finance.changed' });
}

/** Money returned: it lowers the day on which the refund is recorded. */
export async function recordMoneyOut(tx: TxContext, payment: LedgerPayment, refunded: number): Promise<void> {
  await tx.manager.query(
    `${LEDGER_LINES}
     INSERT INTO finance_daily AS f (day, currency, refunded_amount, last_movement_at)
     VALUES ((now() AT TIME ZONE $6)::date, $3, $7, now())
     ON CONFLICT (day, currency) DO UPDATE SET
       refunded_amount = f.refunded_amount + EXCLUDED.refunded_amount,
       last_movement_at = greatest(f.last_movement_at, EXCLUDED.last_movement_at)`,
    [randomUUID(), -refunded, payment.currency, 'REFUND', payment.id, tx.config.businessTimezone, refunded],
  );
  publishAfterCommit(tx, { type: 'finance.changed' });
}
