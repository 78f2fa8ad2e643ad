import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate limits shared by every API instance on one database (issue 11), and rejected webhook
 * deliveries kept as bounded records: a few headers, the body's size, hash and first 4 KiB,
 * and the sender's address, so repeats past a per-address budget are counted, not stored.
 */
export class SharedRateLimits1763800000700 implements MigrationInterface {
  name = 'SharedRateLimits1763800000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    // UNLOGGED: counters of the current minute need no crash safety, and skip the WAL on every request.
    await queryRunner.query(`
      CREATE UNLOGGED TABLE rate_limit_counters (
        key text PRIMARY KEY,
        points integer NOT NULL,
        resets_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX ix_rate_limit_counters_resets ON rate_limit_counters (resets_at)`);

    await queryRunner.query(`
      ALTER TABLE webhook_deliveries
        ADD COLUMN body_size integer,
        ADD COLUMN body_sha256 text,
        ADD COLUMN headers jsonb,
        ADD COLUMN source_ip text`);
    await queryRunner.query(`CREATE INDEX ix_webhook_deliveries_rejected_source ON webhook_deliveries (source_ip, received_at DESC) WHERE status = 'REJECTED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_webhook_deliveries_rejected_source`);
    await queryRunner.query(`
      ALTER TABLE webhook_deliveries
        DROP COLUMN source_ip,
        DROP COLUMN headers,
        DROP COLUMN body_sha256,
        DROP COLUMN body_size`);
    await queryRunner.query(`DROP TABLE rate_limit_counters`);
  }
}
