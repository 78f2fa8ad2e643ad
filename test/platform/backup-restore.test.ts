import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../packages/api/src/core/logging/logger';
import { seedDemoData } from '../../packages/api/src/seed/demo-data';
import { dataOf } from '../support/documents';
import { PROJECTS_PAGE, RECORD_QUICK_PAYMENT } from '../support/operations';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { Role, startTestServer, useTestServer, type TestServer } from '../support/test-server';

const ROOT = path.resolve(__dirname, '../..');
const run = promisify(execFile);

/** `pnpm <script> ...args` as an operator types it (through the pnpm running this test when there is one). */
async function pnpm(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const pnpmPath = process.env.npm_execpath;
  const [command, prefix] = pnpmPath && /pnpm/.test(pnpmPath) ? [process.execPath, [pnpmPath]] : ['pnpm', []];
  try {
    const { stdout, stderr } = await run(command, [...prefix, '--silent', ...args], { cwd: ROOT, env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** What must survive a round trip: every table's row count, the ledger, the audit log in order. */
async function contents(dataSource: DataSource) {
  const tables: Array<{ table_name: string }> = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const rowCounts: Record<string, number> = {};
  for (const { table_name } of tables) {
    rowCounts[table_name] = (await dataSource.query(`SELECT count(*)::int AS n FROM "${table_name}"`))[0].n;
  }
  const [ledger] = await dataSource.query(
    `SELECT coalesce(sum(amount) FILTER (WHERE account = 'CASH'), 0)::text AS cash, coalesce(sum(amount), 0)::text AS balance FROM ledger_entries`,
  );
  const audit: Array<{ id: string; action: string }> = await dataSource.query(`SELECT id, action FROM audit_logs ORDER BY seq`);
  return { rowCounts, ledger, audit };
}

describe('pnpm db:backup and pnpm db:restore', () => {
  const source = useTestServer();
  let workDir: string;
  let target: TestDatabase;
  let restored: TestServer | undefined;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'vejapro-backup-'));
    await seedDemoData(source.dataSource, createLogger(source.config), source.config.businessTimezone);
    // And a money movement through the API, so the ledger holds one the seed did not write.
    const [{ id: projectId }] = await source.dataSource.query(`SELECT id FROM projects WHERE status = 'DRAFT' LIMIT 1`);
    const paid = await source.graphql(
      RECORD_QUICK_PAYMENT,
      { input: { projectId, paymentType: 'DEPOSIT', amount: 12_345, currency: 'eur', idempotencyKey: 'backup-test-deposit', method: 'CASH' } },
      await source.token(Role.ADMIN),
    );
    dataOf(paid);
    target = await createTestDatabase({ empty: true });
  });
  afterAll(async () => {
    await restored?.close();
    await target?.drop();
    await rm(workDir, { recursive: true, force: true });
  });

  it('round-trips a seeded database: row counts, ledger total and audit log are the same, and the API runs on the copy', async () => {
    const before = await contents(source.dataSource);
    expect(before.rowCounts.projects).toBeGreaterThan(0);
    expect(before.audit.length).toBeGreaterThan(0);
    expect(Number(before.ledger.cash)).toBeGreaterThan(0);

    const backupDir = path.join(workDir, 'backups');
    const env = { DATA_DIR: workDir, BACKUP_DIR: backupDir };
    const backup = await pnpm(['db:backup'], { ...env, DATABASE_URL: source.database.url });
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    const file = /^backup: (\S+) \(\d+ bytes\)$/m.exec(backup.stdout)?.[1];
    expect(path.dirname(file!)).toBe(backupDir);
    expect(path.basename(file!)).toMatch(/^vejapro-\d{8}-\d{6}\.dump$/);
    // Personal data inside: readable by its owner only.
    expect((await stat(file!)).mode & 0o077).toBe(0);
    // The connection's password reaches pg_dump through its environment, never in what is printed.
    expect(backup.stdout).not.toContain(new URL(source.database.url).password);

    const restore = await pnpm(['db:restore', file!], { ...env, DATABASE_URL: target.url });
    expect(restore).toMatchObject({ code: 0, stderr: '' });
    expect(restore.stdout).toMatch(/restored/);

    restored = await startTestServer({}, { database: target });
    expect(await contents(restored.dataSource)).toEqual(before);
    const admin = await restored.token(Role.ADMIN);
    const projects = dataOf(await restored.graphql(PROJECTS_PAGE, { first: 1 }, admin)).projects;
    expect(projects.totalCount).toBe(before.rowCounts.projects);
  });

  it('refuses to restore into a database that has tables, and changes nothing there', async () => {
    const backup = await pnpm(['db:backup'], { DATA_DIR: workDir, BACKUP_DIR: path.join(workDir, 'again'), DATABASE_URL: source.database.url });
    const file = /^backup: (\S+)/m.exec(backup.stdout)![1]!;
    const before = await contents(source.dataSource);

    const refused = await pnpm(['db:restore', file], { DATA_DIR: workDir, DATABASE_URL: source.database.url });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/refusing to restore: the target database is not empty \(\d+ tables: /);
    expect(await contents(source.dataSource)).toEqual(before);
  });
});
