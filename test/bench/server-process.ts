import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exited, freePort, waitForHealth } from '../support/processes';

const ROOT = path.resolve(__dirname, '../..');

/** `pnpm build:api` when packages/api/dist is missing or older than its sources. */
export function buildApiIfStale(): void {
  const built = spawnSync(process.execPath, ['scripts/api-build.mjs', '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('pnpm build:api failed');
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** From spawn to GET /health 200. */
  startMs: number;
  /** SIGTERM, wait for the exit, remove the DATA_DIR. */
  stop(): Promise<void>;
}

/**
 * The server as `pnpm start` runs it, in a child process on a fresh DATA_DIR (embedded initdb,
 * migrations, demo data), once it answers /health. `args` picks the entry (tsx or dist); `env` adds
 * to a development configuration.
 */
export async function startServerProcess(args: readonly string[], env: Record<string, string> = {}): Promise<ServerProcess> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'vejapro-bench-server-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'development', DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: 'ignore',
  });
  const stop = async () => {
    child.kill('SIGTERM');
    await exited(child);
    await rm(dataDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, child, startMs: Date.now() - started, stop };
}
