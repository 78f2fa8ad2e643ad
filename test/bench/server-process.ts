import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exited, freePort, waitForHealth } from '../support/processes';
import { PRODUCTION_NODE_ARGS } from '../support/production-command';

const ROOT = path.resolve(__dirname, '../..');

/** `pnpm build:api` when packages/api/dist is missing or older than its sources. */
export function buildApiIfStale(): void {
  const built = spawnSync(process.execPath, ['scripts/api-build.mjs', '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('pnpm build:api failed');
}

export interface ServerProcess {
  url: string;
  dataDir?: string;
  child: ChildProcess;
  /** From spawn to GET /health 200. */
  startMs: number;
  /** SIGTERM, wait for the exit, remove the DATA_DIR. */
  stop(): Promise<void>;
}

/**
 * The server as `pnpm start` runs it, in a child process on a fresh DATA_DIR (embedded initdb,
 * migrations, demo data), once it answers /health, or on `reuse.dataDir` (a warm restart: the
 * cluster, schema and demo data already there; that directory is the caller's to remove). `args`
 * picks the entry (tsx or dist); `env` adds to a development configuration.
 */
export async function startServerProcess(args: readonly string[], env: Record<string, string> = {}, reuse?: { dataDir: string }): Promise<ServerProcess> {
  const dataDir = reuse?.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'vejapro-bench-server-')));
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
    // A DATA_DIR the caller passed stays for the next start (a warm restart).
    if (!reuse) await rm(dataDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dataDir, child, startMs: Date.now() - started, stop };
}

/** With BENCH_CPU_PROF=DIR, the server writes a V8 CPU profile there when it stops (Chrome DevTools, speedscope). */
const profileArgs = () => (process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`] : []);

/**
 * This API as production runs it (compiled, PRODUCTION_NODE_ARGS, NODE_ENV=production) in a child
 * process on an existing database, so a bench measures the server on its own process, apart from
 * the load it generates. Providers' settings production insists on are filled with throwaway values
 * (`env` overrides them: the webhook secret a bench signs with, say). Its log is kept in a temporary
 * file, shown when it fails to start and removed when it stops.
 */
export async function startProductionApi(databaseUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  buildApiIfStale();
  const secret = () => randomBytes(24).toString('hex');
  const port = await freePort();
  const logDir = await mkdtemp(path.join(tmpdir(), 'vejapro-bench-api-'));
  const logFile = path.join(logDir, 'api.log');
  const log = createWriteStream(logFile);
  const started = Date.now();
  const child = spawn(process.execPath, [...profileArgs(), ...PRODUCTION_NODE_ARGS], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      JWT_SECRET: secret(),
      STRIPE_WEBHOOK_SECRET: `whsec_${secret()}`,
      TWILIO_ACCOUNT_SID: `AC${secret().slice(0, 32)}`,
      TWILIO_AUTH_TOKEN: secret(),
      TWILIO_FROM_NUMBER: '+37060000000',
      CHAT_WEBHOOK_SECRET: secret(),
      SMTP_HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited(child);
    }
    log.end();
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, 120_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${readFileSync(logFile, 'utf8').slice(-2_000)}`);
  }
  return {
    url,
    child,
    startMs: Date.now() - started,
    stop: async () => {
      await stop();
      await rm(logDir, { recursive: true, force: true });
    },
  };
}
