import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createAppDataSource } from '../../packages/api/src/app/data-source';
import { ALL_MIGRATIONS } from '../../packages/api/src/migrations/all-migrations';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

async function userTables(dataSource: DataSource): Promise<string[]> {
  const rows: Array<{ table_name: string }> = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
  );
  return rows.map((row) => row.table_name);
}

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    dataSource = createAppDataSource(database.url, { poolSize: 2 });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('apply up, all the way down, and up again on an empty database', async () => {
    const first = await dataSource.runMigrations({ transaction: 'each' });
    expect(first).toHaveLength(ALL_MIGRATIONS.length);
    const tablesAfterUp = await userTables(dataSource);

    for (let i = 0; i < ALL_MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await userTables(dataSource)).toEqual([]);
    expect(await dataSource.query('SELECT * FROM migrations')).toEqual([]);

    const again = await dataSource.runMigrations({ transaction: 'each' });
    expect(again).toHaveLength(ALL_MIGRATIONS.length);
    expect(await userTables(dataSource)).toEqual(tablesAfterUp);
  });
});
