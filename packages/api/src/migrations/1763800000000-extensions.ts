import type { MigrationInterface, QueryRunner } from 'typeorm';

/** btree_gist lets exclusion constraints mix equality and range overlap (margin rules). */
export class Extensions1763800000000 implements MigrationInterface {
  name = 'Extensions1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP EXTENSION IF EXISTS btree_gist');
  }
}
