import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { parseDatabaseUrl } from './database-url';
import { libpqEnvironment } from './libpq-environment';
import { locateClientTool, serverMajorVersion, type ClientTool } from './postgres-client-tools';

export interface BackupResult {
  file: string;
  bytes: number;
}

/**
 * `pg_dump --format=custom` of the database at `url` into `backupDir/vejapro-YYYYMMDD-HHMMSS.dump`
 * (UTC). The dump is written under a temporary name and renamed when pg_dump succeeded, so a
 * file with the final name is always a complete dump.
 */
export async function dumpDatabase(url: string, backupDir: string, now = new Date()): Promise<BackupResult> {
  const pgDump = locateClientTool('pg_dump', await serverMajor(url));
  await mkdir(backupDir, { recursive: true, mode: 0o700 });
  const file = path.join(backupDir, `vejapro-${timestamp(now)}.dump`);
  if (existsSync(file)) throw new Error(`${file} exists already; try again in a second`);
  const partial = `${file}.partial`;
  try {
    await runClientTool(pgDump, 'pg_dump', ['--format=custom', `--file=${partial}`], url);
    // The dump holds personal data and secrets' hashes: for its owner only.
    await chmod(partial, 0o600);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  return { file, bytes: (await stat(file)).size };
}

/**
 * `pg_restore` of a custom-format dump into the database at `url`, which must be empty: restoring
 * over existing tables would mix two histories. One transaction, stopping at the first error, so a
 * failed restore leaves the database empty. `--no-owner --no-privileges`: the objects belong to
 * whoever restores (a managed database's roles differ from the ones that made the dump);
 * `--no-comments`: the schema has none of its own, and COMMENT ON EXTENSION needs the
 * extension's owner, which a managed database's user is not.
 */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`no such backup: ${file}`);
  const tables = await userTables(url);
  if (tables.length > 0) {
    const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ', ...' : '');
    throw new Error(
      `refusing to restore: the target database is not empty (${tables.length} tables: ${shown}). Restore into an empty database: a new DATA_DIR, or a new database in DATABASE_URL`,
    );
  }
  const pgRestore = locateClientTool('pg_restore', await serverMajor(url));
  await runClientTool(
    pgRestore,
    'pg_restore',
    ['--no-owner', '--no-privileges', '--no-comments', '--exit-on-error', '--single-transaction', `--dbname=${libpqEnvironment(url).PGDATABASE ?? 'postgres'}`, file],
    url,
  );
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const options = parseDatabaseUrl(url);
  const client = new Client({ host: options.host, port: options.port, user: options.username, password: options.password, database: options.database, ssl: options.ssl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function serverMajor(url: string): Promise<number> {
  return withClient(url, async (client) => serverMajorVersion((await client.query<{ server_version_num: string }>('SHOW server_version_num')).rows[0]!.server_version_num));
}

function userTables(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ name: string }>(
      `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
        WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    );
    return rows.map((row) => row.name);
  });
}

/** Runs a client program with the connection in its environment (the password as PGPASSWORD, never an argument). */
function runClientTool(command: string, name: ClientTool, args: string[], url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...libpqEnvironment(url) }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${name} failed (${signal ?? `code ${code}`}): ${stderr.trim()}`));
    });
  });
}

function timestamp(date: Date): string {
  const iso = date.toISOString(); // 2025-11-22T10:15:30.123Z
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
}
