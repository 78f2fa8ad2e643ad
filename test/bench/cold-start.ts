import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rssMiB } from '../support/processes';
import { PRODUCTION_NODE_ARGS } from '../support/production-command';
import { buildApiIfStale, startServerProcess } from './server-process';

/** How a server process is started: from the TypeScript sources (development) or compiled (production's way). */
const MODES = [
  { name: 'tsx (development)', args: ['--import', 'tsx', 'packages/api/src/main.ts'] },
  { name: 'compiled (node dist/main.js)', args: PRODUCTION_NODE_ARGS },
] as const;

interface StartFigures {
  /** Fresh DATA_DIR to /health 200: embedded initdb, migrations, demo data, server. */
  ms: number;
  /** RSS after 3 s idle. */
  rss: number;
  /** The same DATA_DIR again after a clean stop: cluster start, nothing to migrate or seed. */
  warmMs: number;
}

async function coldAndWarmStart(args: readonly string[]): Promise<StartFigures> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'vejapro-bench-start-'));
  try {
    const cold = await startServerProcess(args, {}, { dataDir });
    let rss: number;
    try {
      await new Promise((r) => setTimeout(r, 3_000));
      rss = rssMiB(cold.child.pid!);
    } finally {
      await cold.stop();
    }
    const warm = await startServerProcess(args, {}, { dataDir });
    await warm.stop();
    return { ms: cold.startMs, rss, warmMs: warm.startMs };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Cold start and idle memory of the server process, from sources and compiled, printed side by side. */
export async function benchColdStart(): Promise<void> {
  buildApiIfStale();
  console.log('\nStart: fresh DATA_DIR to GET /health 200 (embedded initdb, migrations, demo data), RSS after 3 s idle, then a warm restart on the same DATA_DIR');
  const results: Record<string, StartFigures> = {};
  for (const mode of MODES) {
    const figures = (results[mode.name] = await coldAndWarmStart(mode.args));
    console.log(`  ${mode.name.padEnd(30)} cold ${(figures.ms / 1000).toFixed(2)} s, RSS ${figures.rss.toFixed(0)} MiB, warm restart ${(figures.warmMs / 1000).toFixed(2)} s`);
  }
  const [source, compiled] = MODES.map((mode) => results[mode.name]!);
  console.log(`  compiled / tsx: start ${(compiled!.ms / source!.ms).toFixed(2)}, RSS ${(compiled!.rss / source!.rss).toFixed(2)}`);
  console.log('  targets (issue 12): fresh DATA_DIR to /health <= 2.5 s, warm restart <= 1.5 s, idle RSS <= 150 MiB');
}

if (require.main === module) {
  benchColdStart().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
