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
 * `args` on node in a child process, once GET /health answers on the port it is given. Its output
 * goes to a temporary file, shown when it fails to start; `stop` ends it (SIGTERM), then runs
 * `cleanup` and removes the log.
 */
export async function startChild(args: readonly string[], env: Record<string, string>, cleanup: () => Promise<void> = async () => {}): Promise<ServerProcess> {
  const port = await freePort();
  const logDir = await mkdtemp(path.join(tmpdir(), 'vejapro-bench-child-'));
  const logFile = path.join(logDir, 'output.log');
  const log = createWriteStream(logFile);
  const started = Date.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, PORT: String(port), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const end = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited(child);
    }
    log.end();
    await cleanup();
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, 120_000);
  } catch (error) {
    await end();
    const output = readFileSync(logFile, 'utf8').slice(-2_000);
    await rm(logDir, { recursive: true, force: true });
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return {
    url,
    child,
    startMs: Date.now() - started,
    stop: async () => {
      await end();
      await rm(logDir, { recursive: true, force: true });
    },
  };
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
  // A DATA_DIR the caller passed stays for the next start (a warm restart).
  const removeDataDir = async () => {
    if (!reuse) await rm(dataDir, { recursive: true, force: true });
  };
  const server = await startChild(args, { NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env }, removeDataDir);
  return { ...server, dataDir };
}

/** With BENCH_CPU_PROF=DIR, the server writes a V8 CPU profile there when it stops (Chrome DevTools, speedscope). */
const profileArgs = () => (process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`] : []);

/** Production refuses to start without its providers' settings: throwaway values a bench never uses. */
export function throwawayProductionSettings(): Record<string, string> {
  const secret = () => randomBytes(24).toString('hex');
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    JWT_SECRET: secret(),
    STRIPE_WEBHOOK_SECRET: `whsec_${secret()}`,
    TWILIO_ACCOUNT_SID: `AC${secret().slice(0, 32)}`,
    TWILIO_AUTH_TOKEN: secret(),
    TWILIO_FROM_NUMBER: '+37060000000',
    CHAT_WEBHOOK_SECRET: secret(),
    SMTP_HOST: '127.0.0.1',
  };
}

/**
 * This API as production runs it (compiled, PRODUCTION_NODE_ARGS, NODE_ENV=production) in a child
 * process on an existing database, so a bench measures the server on its own process, apart from
 * the load it generates. `env` overrides the throwaway settings (the webhook secret a bench signs with, say).
 */
export async function startProductionApi(databaseUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  buildApiIfStale();
  return startChild([...profileArgs(), ...PRODUCTION_NODE_ARGS], { ...throwawayProductionSettings(), DATABASE_URL: databaseUrl, ...env });
}
