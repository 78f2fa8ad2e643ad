import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The finance ledger (double entry, append-only like the audit log), the daily roll-up
 * that keeps metrics O(days) whatever the number of payments, and quick-payment
 * idempotency records.
 */
export class FinanceLedger1763800000300 implements MigrationInterface {
  name = 'FinanceLedger1763800000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ledger_entries (
        id bigserial PRIMARY KEY,
        -- Lines of one money movement share a transaction id and sum to zero per currency.
        transaction_id uuid NOT NULL,
        account text NOT NULL CHECK (account IN ('CASH', 'REVENUE')),
        -- Debits positive, credits negative, minor units.
        amount bigint NOT NULL CHECK (amount <> 0),
        currency char(3) NOT NULL,
        movement text NOT NULL CHECK (movement IN ('PAYMENT', 'REFUND')),
        payment_id uuid NOT NULL REFERENCES payments (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_ledger_entries_transaction ON ledger_entries (transaction_id)`);
    await queryRunner.query(`CREATE INDEX ix_ledger_entries_payment ON ledger_entries (payment_id)`);
    // The same guard as audit_logs (domain-core migration).
    await queryRunner.query(`
      CREATE TRIGGER ledger_entries_no_update_or_delete BEFORE UPDATE OR DELETE ON ledger_entries
      FOR EACH ROW EXECUTE FUNCTION append_only_guard()`);
    await queryRunner.query(`
      CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
      FOR EACH STATEMENT EXECUTE FUNCTION append_only_guard()`);

    await queryRunner.query(`
      CREATE TABLE finance_daily (
        day date NOT NULL,
        currency char(3) NOT NULL,
        gross_amount bigint NOT NULL DEFAULT 0,
        manual_gross_amount bigint NOT NULL DEFAULT 0,
        refunded_amount bigint NOT NULL DEFAULT 0,
        payment_count integer NOT NULL DEFAULT 0,
        last_movement_at timestamptz,
        PRIMARY KEY (day, currency)
      )`);

    await queryRunner.query(`
      CREATE TABLE quick_payment_requests (
        idempotency_key text PRIMARY KEY,
        -- Hash of the request's input: the same key with other input is a CONFLICT.
        request_hash text NOT NULL,
        -- Claimed first (the key row serialises concurrent requests), filled in the same transaction.
        payment_id uuid REFERENCES payments (id),
        email_queued boolean NOT NULL DEFAULT false,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE quick_payment_requests`);
    await queryRunner.query(`DROP TABLE finance_daily`);
    await queryRunner.query(`DROP TABLE ledger_entries`);
  }
}
