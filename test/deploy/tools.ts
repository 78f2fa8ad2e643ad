import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

/** A command's path: on PATH, or in the sbin directories a non-root PATH may lack (Debian's nginx). */
export function which(command: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/local/sbin', '/usr/sbin', '/sbin'];
  return dirs
    .filter((dir) => path.isAbsolute(dir))
    .map((dir) => path.join(dir, command))
    .find((candidate) => existsSync(candidate));
}

/**
 * A Debian tool CI installs (.ci/run). Missing, the test fails saying how to install it rather
 * than skipping: a skipped check would let a broken deployment file through unnoticed.
 */
export function requireTool(command: string, debianPackage: string): string {
  const found = which(command);
  if (!found) throw new Error(`${command} is not installed: apt-get install -y ${debianPackage} (CI installs it in .ci/run)`);
  return found;
}

export interface RunResult {
  status: number | null;
  output: string;
}

/** Runs a command to completion; `output` is stdout and stderr together. */
export function run(command: string, args: string[], options: SpawnSyncOptions = {}): RunResult {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000, ...options });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}
