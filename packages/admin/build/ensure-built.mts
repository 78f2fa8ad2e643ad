import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ADMIN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = path.join(ADMIN_DIR, 'dist', '.source-hash');
const SOURCES = ['src', 'build', 'index.html', 'vite.config.mts', 'package.json'];

function filesUnder(entry: string): string[] {
  const full = path.join(ADMIN_DIR, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

/** A hash of what the build reads: contents, not mtimes, which a fresh clone resets. */
export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap(filesUnder))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(ADMIN_DIR, file)))
      .update('\0');
  return hash.digest('hex');
}

/** Builds the SPA when dist/ is missing or was built from other sources; true when it built. */
export function ensureAdminBuilt(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): boolean {
  const wanted = sourceHash();
  if (existsSync(path.join(ADMIN_DIR, 'dist', 'index.html')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === wanted) return false;
  log('admin SPA: building (sources changed or never built)…');
  const vitePackage = createRequire(path.join(ADMIN_DIR, 'package.json')).resolve('vite/package.json');
  const vite = path.join(path.dirname(vitePackage), 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: ADMIN_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
    // Always the production build: under vitest (NODE_ENV=test) Vite would bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`admin SPA build failed (exit ${result.status ?? result.signal})`);
  writeFileSync(STAMP, wanted);
  return true;
}

// `node --import tsx packages/admin/build/ensure-built.mts`: what `pnpm start` runs first.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    ensureAdminBuilt();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
