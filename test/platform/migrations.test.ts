import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createAppDataSource } from '../../packages/api/src/app/data-source';
import { ALL_ENTITIES } from '../../packages/api/src/app/entities';
import { createDataSource } from '../../packages/api/src/core/db/data-source';
import { ALL_MIGRATIONS } from '../../packages/api/src/migrations/all-migrations';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

async function userTables(dataSource: DataSource): Promise<string[]> {
  const rows: Array<{ table_name: string }> = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
  );
  return rows.map((row) => row.table_name);
}

/**
 * Everything a migration may create or change, as text: extensions, tables and columns,
 * constraints, indexes, triggers, and our functions with their bodies (a `down` that
 * forgets to restore a trigger's function shows here).
 */
async function schemaOf(dataSource: DataSource): Promise<Record<string, string[]>> {
  const texts = async (sql: string) => ((await dataSource.query(sql)) as Array<{ t: string }>).map((row) => row.t);
  return {
    extensions: await texts(`SELECT extname AS t FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1`),
    columns: await texts(
      `SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS t
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
    ),
    constraints: await texts(
      `SELECT c.conrelid::regclass || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) AS t
         FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname = 'public' AND c.conrelid::regclass::text <> 'migrations' ORDER BY 1`,
    ),
    indexes: await texts(`SELECT indexdef AS t FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`),
    triggers: await texts(`SELECT tgrelid::regclass || ' ' || pg_get_triggerdef(oid) AS t FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1`),
    functions: await texts(
      `SELECT pg_get_functiondef(p.oid) AS t FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') ORDER BY 1`,
    ),
  };
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

  it("each migration's down returns the schema to exactly what it was before that migration's up", async () => {
    const stepDatabase = await createTestDatabase({ empty: true });
    const before: Array<Record<string, string[]>> = [];
    try {
      // Up one migration at a time (a data source that knows only the first i), noting the schema before each.
      for (let i = 1; i <= ALL_MIGRATIONS.length; i++) {
        const upTo = createDataSource(stepDatabase.url, { entities: ALL_ENTITIES, migrations: ALL_MIGRATIONS.slice(0, i), poolSize: 1 });
        await upTo.initialize();
        try {
          before.push(await schemaOf(upTo));
          expect(await upTo.runMigrations({ transaction: 'each' })).toHaveLength(1);
        } finally {
          await upTo.destroy();
        }
      }
      const all = createAppDataSource(stepDatabase.url, { poolSize: 1 });
      await all.initialize();
      try {
        // Down one at a time, newest first, as `pnpm migrate:revert` does.
        for (let i = ALL_MIGRATIONS.length - 1; i >= 0; i--) {
          await all.undoLastMigration({ transaction: 'each' });
          expect(await schemaOf(all), `after reverting ${ALL_MIGRATIONS[i]!.name}`).toEqual(before[i]);
        }
      } finally {
        await all.destroy();
      }
    } finally {
      await stepDatabase.drop();
    }
  });
});
