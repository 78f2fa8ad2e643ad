import type { DataSource } from 'typeorm';
import { expect } from 'vitest';

/** Every ledger transaction sums to zero per currency, and the ledger's revenue equals the payments net of refunds. */
export async function expectLedgerInvariants(dataSource: DataSource): Promise<void> {
  const unbalanced = await dataSource.query(`SELECT transaction_id FROM ledger_entries GROUP BY transaction_id, currency HAVING sum(amount) <> 0`);
  expect(unbalanced).toEqual([]);
  const [{ revenue }] = await dataSource.query(`SELECT coalesce(-sum(amount), 0)::bigint AS revenue FROM ledger_entries WHERE account = 'REVENUE'`);
  const [{ net }] = await dataSource.query(`SELECT coalesce(sum(amount - refunded_amount), 0)::bigint AS net FROM payments WHERE status <> 'FAILED'`);
  expect(revenue).toBe(net);
}
