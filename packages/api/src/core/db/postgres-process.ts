import { spawn, type ChildProcess } from 'node:child_process';
import { chown, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { asClusterUser, type ClusterUser } from './cluster-user';
import { binaryPath, type PostgresBinaries } from './postgres-binaries';

export interface Cluster {
  binaries: PostgresBinaries;
  dir: string;
  /** Who runs initdb and postgres; undefined: we do. */
  user: ClusterUser | undefined;
  /** The superuser role, with password authentication. */
  role: string;
  password: string;
}

export interface RunningPostgres {
  /** Resolves once the server accepts connections; rejects if it exits or refuses the password first. */
  ready: Promise<void>;
  exited: Promise<void>;
  /** Fast shutdown (SIGINT), escalating to immediate (SIGQUIT) and SIGKILL if it hangs. */
  stop(): Promise<void>;
}

const OUTPUT_TAIL = 4000;

/** Creates the cluster in `cluster.dir`, which must not exist yet (or be empty). */
export async function initCluster(cluster: Cluster, signal: AbortSignal): Promise<void> {
  const { dir, user } = cluster;
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // initdb reads the password as the cluster user, so the file sits beside the cluster (reachable) and is theirs.
  const passwordFile = path.join(path.dirname(dir), `.initdb-password-${process.pid}`);
  await writeFile(passwordFile, `${cluster.password}\n`, { mode: 0o600 });
  try {
    if (user) {
      await chown(dir, user.uid, user.gid);
      await chown(passwordFile, user.uid, user.gid);
    }
    const args = [`--pgdata=${dir}`, '--auth=password', `--username=${cluster.role}`, `--pwfile=${passwordFile}`, '--encoding=UTF8'];
    // On SIGINT initdb removes what it made, so an interrupted cluster is not left half-made.
    const child = spawn(binaryPath(cluster.binaries, 'initdb'), args, { ...asClusterUser(user), stdio: ['ignore', 'pipe', 'pipe'], signal, killSignal: 'SIGINT' });
    const output = outputTail(child);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0) throw new Error(`initdb failed (code ${code}): ${output()}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/** Starts the server on `port` with `settings` (`name=value`, as `-c` options). */
export function spawnPostgres(cluster: Cluster, port: number, settings: string[]): RunningPostgres {
  const args = ['-D', cluster.dir, '-p', String(port), ...settings.flatMap((setting) => ['-c', setting])];
  const child = spawn(binaryPath(cluster.binaries, 'postgres'), args, { ...asClusterUser(cluster.user), stdio: ['ignore', 'ignore', 'pipe'] });
  const output = outputTail(child);
  let running = true;
  const exited = new Promise<void>((resolve) => {
    const done = () => {
      running = false;
      resolve();
    };
    child.once('exit', done);
    child.once('error', done);
  });

  const ready = (async () => {
    while (running) {
      const client = new Client({ host: '127.0.0.1', port, user: cluster.role, password: cluster.password, database: 'postgres' });
      try {
        await client.connect();
        await client.end();
        return;
      } catch (error) {
        await client.end().catch(() => undefined);
        // Class 28 (invalid authorization): waiting will not help.
        const code = (error as { code?: unknown }).code;
        if (typeof code === 'string' && code.startsWith('28')) throw new Error(`the cluster in ${cluster.dir} refuses its password: ${(error as Error).message}`);
      }
      await sleep(100);
    }
    throw new Error(`postgres exited before accepting connections: ${output()}`);
  })();

  const stop = async () => {
    if (!running) return;
    child.kill('SIGINT');
    if (await settlesWithin(exited, 10_000)) return;
    child.kill('SIGQUIT');
    if (await settlesWithin(exited, 5_000)) return;
    child.kill('SIGKILL');
    await exited;
  };
  return { ready, exited, stop };
}

/** The last few thousand characters a child wrote, for error messages. */
function outputTail(child: ChildProcess): () => string {
  let text = '';
  const keep = (chunk: Buffer) => (text = (text + chunk.toString()).slice(-OUTPUT_TAIL));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => text.trim();
}

async function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  const timeout = new AbortController();
  const result = await Promise.race([promise.then(() => true), sleep(ms, false, { signal: timeout.signal }).catch(() => false)]);
  timeout.abort();
  return result;
}
