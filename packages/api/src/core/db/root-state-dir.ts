import { chmod, lstat, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface DirStats {
  isDirectory(): boolean;
  uid: number;
  mode: number;
}

/**
 * Why root must not keep binaries or clusters in a directory, or undefined when it may:
 * another user who owns it or can write to it could swap what root then runs or chowns.
 */
export function untrustedReason(stats: DirStats): string | undefined {
  if (!stats.isDirectory()) return 'not a directory';
  if (stats.uid !== 0) return `owned by uid ${stats.uid}, not root`;
  if (stats.mode & 0o022) return `writable by group or others (mode ${(stats.mode & 0o777).toString(8)})`;
  return undefined;
}

/** Throws one line when `dir` exists but root must not use it (see untrustedReason). */
export async function assertTrusted(dir: string): Promise<DirStats> {
  const stats = await lstat(dir);
  const reason = untrustedReason(stats);
  if (reason) throw new Error(`refusing ${dir}: ${reason}; remove it, or set DATABASE_URL`);
  return stats;
}

/** Creates `dir` root-owned and traversable by everyone, or checks that the existing one is such. */
export async function ensureRootDir(dir: string): Promise<void> {
  await mkdir(dir, { mode: 0o755 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  const stats = await assertTrusted(dir);
  // mkdir's mode is cut by the umask; the cluster user must traverse it.
  if ((stats.mode & 0o755) !== 0o755) await chmod(dir, 0o755);
}

const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOENT']);

/**
 * A root-owned directory every user can traverse, for what PostgreSQL (running as
 * `postgres`) must reach when the checkout or DATA_DIR is private to root:
 * /var/lib/vejapro, or a directory in the temp directory when /var/lib is not writable.
 */
export async function rootStateDir(): Promise<string> {
  const tried: string[] = [];
  for (const dir of ['/var/lib/vejapro', path.join(tmpdir(), 'vejapro')]) {
    try {
      await ensureRootDir(dir);
      return dir;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!code || !UNWRITABLE.has(code)) throw error;
      tried.push(`${dir}: ${code}`);
    }
  }
  throw new Error(`no directory to keep PostgreSQL's files where user postgres can reach them (${tried.join(', ')}); set DATABASE_URL`);
}
