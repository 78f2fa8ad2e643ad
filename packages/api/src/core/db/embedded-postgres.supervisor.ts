/**
 * Runs the embedded PostgreSQL cluster from a process of its own, so the API process and
 * test runners keep their own lifecycle and signal handling. The cluster stops when the
 * parent asks, when the parent dies (the IPC channel closes), and on SIGINT/SIGTERM, so
 * no postgres process outlives its owner.
 *
 * As root, initdb and postgres run as the `postgres` system user; what it cannot reach
 * in a checkout or DATA_DIR private to root is kept in a root-owned place it can reach
 * (reachable-binaries.ts, cluster-location.ts).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { clusterLocation } from './cluster-location';
import { clusterUser } from './cluster-user';
import type { EmbeddedPostgresOptions, ParentMessage, SupervisorMessage } from './embedded-postgres.protocol';
import { locatePostgresBinaries } from './postgres-binaries';
import { initCluster, spawnPostgres, type RunningPostgres } from './postgres-process';
import { reachableBinaries } from './reachable-binaries';

const ROLE = 'postgres';

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

let server: RunningPostgres | undefined;
const starting = new AbortController();
let stopping: Promise<never> | undefined;

function stop(code: number): Promise<never> {
  stopping ??= (async () => {
    starting.abort();
    await server?.stop();
    process.exit(code);
  })();
  return stopping;
}

async function main(): Promise<void> {
  const options = JSON.parse(process.env.EMBEDDED_POSTGRES_OPTIONS ?? '{}') as EmbeddedPostgresOptions;
  const passwordFile = path.join(options.dataDir, 'postgres-password');
  mkdirSync(options.dataDir, { recursive: true });

  const user = await clusterUser();
  const binaries = user ? await reachableBinaries(locatePostgresBinaries(), user) : locatePostgresBinaries();
  const clusterDir = await clusterLocation(options.dataDir, user);

  const initialised = existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (!initialised) {
    // A half-made cluster (initdb interrupted) cannot be reused; start it afresh.
    rmSync(clusterDir, { recursive: true, force: true });
    rmSync(passwordFile, { force: true });
  }
  const cluster = { binaries, dir: clusterDir, user, role: ROLE, password: readOrCreatePassword(passwordFile) };
  const port = await freePort();
  if (!initialised) await initCluster(cluster, starting.signal);

  const settings = ['listen_addresses=127.0.0.1', 'unix_socket_directories=', 'max_connections=300'];
  if (options.fast) settings.push('fsync=off', 'synchronous_commit=off', 'full_page_writes=off');
  if (stopping) return;
  server = spawnPostgres(cluster, port, settings);
  await server.ready;
  send({ type: 'ready', port, user: ROLE, password: cluster.password });
  void server.exited.then(() => {
    if (stopping) return;
    process.stderr.write('embedded PostgreSQL: the server exited unexpectedly\n');
    void stop(1);
  });
}

process.on('message', (message: ParentMessage) => {
  if (message?.type === 'stop') void stop(0);
});
process.on('disconnect', () => void stop(0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));

main().catch((error: unknown) => {
  if (stopping) return;
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  void stop(1);
});
