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

async function postLines(tx: TxContext, payment: LedgerPayment, movement: 'PAYMENT' | 'REFUND', amount: number): Promise<void> {
  const transactionId = randomUUID();
  const cash = movement === 'PAYMENT' ? amount : -amount;
  await tx.manager.query(
    `INSERT INTO ledger_entries (transaction_id, account, amount, currency, movement, payment_id)
     VALUES ($1, 'CASH', $2, $4, $5, $6), ($1, 'REVENUE', $3, $4, $5, $6)`,
    [transactionId, cash, -cash, payment.currency, movement, payment.id],
  );
}

/** Money received: ledger lines and the day it was received (business time zone). */
export async function recordMoneyIn(tx: TxContext, payment: LedgerPayment): Promise<void> {
  await postLines(tx, payment, 'PAYMENT', payment.amount);
  const manual = payment.manual ? payment.amount : 0;
  await tx.manager.query(
    `INSERT INTO finance_daily AS f (day, currency, gross_amount, manual_gross_amount, payment_count, last_movement_at)
     VALUES (($1::timestamptz AT TIME ZONE $2)::date, $3, $4, $5, 1, now())
     ON CONFLICT (day, currency) DO UPDATE SET
       gross_amount = f.gross_amount + EXCLUDED.gross_amount,
       manual_gross_amount = f.manual_gross_amount + EXCLUDED.manual_gross_amount,
       payment_count = f.payment_count + 1,
       last_movement_at = greatest(f.last_movement_at, EXCLUDED.last_movement_at)`,
    [payment.receivedAt, tx.config.businessTimezone, payment.currency, payment.amount, manual],
  );
  publishAfterCommit(tx, { type: 'finance.changed' });
}

/** Money returned: it lowers the day on which the refund is recorded. */
export async function recordMoneyOut(tx: TxContext, payment: LedgerPayment, refunded: number): Promise<void> {
  await postLines(tx, payment, 'REFUND', refunded);
  await tx.manager.query(
    `INSERT INTO finance_daily AS f (day, currency, refunded_amount, last_movement_at)
     VALUES ((now() AT TIME ZONE $1)::date, $2, $3, now())
     ON CONFLICT (day, currency) DO UPDATE SET
       refunded_amount = f.refunded_amount + EXCLUDED.refunded_amount,
       last_movement_at = greatest(f.last_movement_at, EXCLUDED.last_movement_at)`,
    [tx.config.businessTimezone, payment.currency, refunded],
  );
  publishAfterCommit(tx, { type: 'finance.changed' });
}
