import { spawn, spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exited, freePort, rssMiB, waitForHealth } from '../support/processes';

const ROOT = path.resolve(__dirname, '../..');

/** How a server process is started: from the TypeScript sources (development) or compiled (production's way). */
const MODES = [
  { name: 'tsx (development)', args: ['--import', 'tsx', 'packages/api/src/main.ts'] },
  { name: 'compiled (node dist/main.js)', args: ['packages/api/dist/main.js'] },
] as const;

/** A fresh DATA_DIR to /health 200 (embedded initdb, migrations, demo data, server), then RSS after 3 s idle. */
async function coldStart(args: readonly string[]): Promise<{ ms: number; rss: number }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'vejapro-cold-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'development', DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    await waitForHealth(`http://127.0.0.1:${port}`, child, 120_000);
    const ms = Date.now() - started;
    await new Promise((r) => setTimeout(r, 3_000));
    return { ms, rss: rssMiB(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await exited(child);
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Cold start and idle memory of the server process, from sources and compiled, printed side by side. */
export async function benchColdStart(): Promise<void> {
  const built = spawnSync(process.execPath, ['scripts/api-build.mjs', '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('pnpm build:api failed');
  console.log('\nCold start: fresh DATA_DIR to GET /health 200 (embedded initdb, migrations, demo data); RSS after 3 s idle');
  const results: Record<string, { ms: number; rss: number }> = {};
  for (const mode of MODES) {
    results[mode.name] = await coldStart(mode.args);
    console.log(`  ${mode.name.padEnd(30)} ${(results[mode.name]!.ms / 1000).toFixed(2)} s, RSS ${results[mode.name]!.rss.toFixed(0)} MiB`);
  }
  const [source, compiled] = MODES.map((mode) => results[mode.name]!);
  console.log(`  compiled / tsx: start ${(compiled!.ms / source!.ms).toFixed(2)}, RSS ${(compiled!.rss / source!.rss).toFixed(2)}`);
}
