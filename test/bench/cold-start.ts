import { rssMiB } from '../support/processes';
import { PRODUCTION_NODE_ARGS } from '../support/production-command';
import { buildApiIfStale, startServerProcess } from './server-process';

/** How a server process is started: from the TypeScript sources (development) or compiled (production's way). */
const MODES = [
  { name: 'tsx (development)', args: ['--import', 'tsx', 'packages/api/src/main.ts'] },
  { name: 'compiled (node dist/main.js)', args: PRODUCTION_NODE_ARGS },
] as const;

/** A fresh DATA_DIR to /health 200 (embedded initdb, migrations, demo data, server), then RSS after 3 s idle. */
async function coldStart(args: readonly string[]): Promise<{ ms: number; rss: number }> {
  const server = await startServerProcess(args);
  try {
    await new Promise((r) => setTimeout(r, 3_000));
    return { ms: server.startMs, rss: rssMiB(server.child.pid!) };
  } finally {
    await server.stop();
  }
}

/** Cold start and idle memory of the server process, from sources and compiled, printed side by side. */
export async function benchColdStart(): Promise<void> {
  buildApiIfStale();
  console.log('\nCold start: fresh DATA_DIR to GET /health 200 (embedded initdb, migrations, demo data); RSS after 3 s idle');
  const results: Record<string, { ms: number; rss: number }> = {};
  for (const mode of MODES) {
    results[mode.name] = await coldStart(mode.args);
    console.log(`  ${mode.name.padEnd(30)} ${(results[mode.name]!.ms / 1000).toFixed(2)} s, RSS ${results[mode.name]!.rss.toFixed(0)} MiB`);
  }
  const [source, compiled] = MODES.map((mode) => results[mode.name]!);
  console.log(`  compiled / tsx: start ${(compiled!.ms / source!.ms).toFixed(2)}, RSS ${(compiled!.rss / source!.rss).toFixed(2)}`);
}
