import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Date-range reads of payments (CSV export, reconciliation) walk this index instead of the table. */
export class PaymentsReceivedIndex1763800000400 implements MigrationInterface {
  name = 'PaymentsReceivedIndex1763800000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX ix_payments_received ON payments (received_at, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_payments_received`);
  }
}
