// `pnpm build:api`: compiles packages/api/src to CommonJS JavaScript in packages/api/dist with tsc
// (type-checked; decorators stay legacy `experimentalDecorators`, and no decorator metadata is needed
// because every @Field/@Column names its type). The build is stamped with a hash of its sources so
// `pnpm start` in production can tell a missing or stale build: `--if-stale` builds only then.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const API_DIR = path.join(ROOT, 'packages/api');
export const API_DIST = path.join(API_DIR, 'dist');
const STAMP = '.source-hash';
const SOURCES = ['packages/api/src', 'packages/api/package.json', 'packages/api/tsconfig.build.json', 'tsconfig.json'];

function filesUnder(entry) {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return entry.endsWith('.spec.ts') ? [] : [entry];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

/** A hash of what the build reads: contents, not mtimes, which a fresh clone resets. */
export function apiSourceHash() {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap(filesUnder))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(ROOT, file)))
      .update('\0');
  return hash.digest('hex');
}

export function apiBuildIsCurrent() {
  const stamp = path.join(API_DIST, STAMP);
  return existsSync(path.join(API_DIST, 'main.js')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === apiSourceHash();
}

/** The TypeScript compiler, or undefined where only production dependencies are installed. */
function tscPath() {
  try {
    return createRequire(path.join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
  } catch {
    return undefined;
  }
}

/**
 * Compiles into a directory of its own beside dist/ and swaps it in, so a running server or a
 * concurrent build never sees half a tree. `typeCheck: false` only transpiles (`pnpm typecheck` checks).
 */
export function buildApi({ typeCheck = true } = {}) {
  const tsc = tscPath();
  if (!tsc) throw new Error('packages/api/dist is missing or stale and TypeScript is not installed: run `pnpm build` where dev dependencies are installed');
  const wanted = apiSourceHash();
  const next = `${API_DIST}.next-${process.pid}`;
  const args = [tsc, '-p', path.join(API_DIR, 'tsconfig.build.json'), '--outDir', next, ...(typeCheck ? [] : ['--noCheck'])];
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    rmSync(next, { recursive: true, force: true });
    throw new Error(`API build failed (tsc exit ${result.status ?? result.signal})`);
  }
  writeFileSync(path.join(next, STAMP), wanted);
  const old = `${API_DIST}.old-${process.pid}`;
  try {
    renameSync(API_DIST, old);
  } catch {
    // No previous build (or a concurrent build moved it first).
  }
  try {
    renameSync(next, API_DIST);
  } catch {
    // A concurrent build put its own, equally fresh, tree in place first.
    rmSync(next, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    if (process.argv.includes('--if-stale')) {
      if (!apiBuildIsCurrent()) {
        process.stderr.write('API: building packages/api/dist (sources changed or never built)…\n');
        buildApi({ typeCheck: false });
      }
    } else {
      buildApi();
      process.stderr.write(`API: built into ${path.relative(ROOT, API_DIST)}\n`);
    }
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
