import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ClusterUser } from './cluster-user';
import { binaryPath, type PostgresBinaries } from './postgres-binaries';
import { assertTrusted, rootStateDir } from './root-state-dir';
import { firstUnreachable } from './user-access';

/**
 * The binaries where `user` can run them. pnpm keeps them inside the checkout; when that
 * is private to root (a 0700 home or mktemp directory), they are copied once per version
 * to a root-owned directory everyone can traverse.
 */
export async function reachableBinaries(binaries: PostgresBinaries, user: ClusterUser): Promise<PostgresBinaries> {
  const blocked = await unreachablePart(binaries, user);
  if (!blocked) return binaries;

  const copy = { ...binaries, dir: path.join(await rootStateDir(), `postgres-${binaries.version}-${binaries.platform}`) };
  if (existsSync(copy.dir)) await assertTrusted(copy.dir);
  else await copyAtomically(binaries.dir, copy.dir);
  const stillBlocked = await unreachablePart(copy, user);
  if (stillBlocked) {
    throw new Error(
      `user ${user.name} cannot reach ${stillBlocked} (PostgreSQL's binaries, copied from below ${blocked}): let it (chmod o+x ${stillBlocked}), or set DATABASE_URL`,
    );
  }
  return copy;
}

function unreachablePart(binaries: PostgresBinaries, user: ClusterUser): Promise<string | undefined> {
  const dirs = ['lib', 'share'].map((name) => path.join(binaries.dir, name));
  return firstUnreachable(user, [binaryPath(binaries, 'initdb'), binaryPath(binaries, 'postgres'), ...dirs]);
}

/**
 * Copies into a temporary sibling and renames it into place, so a concurrent starter sees
 * the whole copy or none. Symlinks are kept as they are (the libraries' links are relative).
 */
async function copyAtomically(from: string, to: string): Promise<void> {
  const partial = `${to}.partial-${randomBytes(4).toString('hex')}`;
  try {
    await cp(from, partial, { recursive: true, verbatimSymlinks: true });
    await rename(partial, to).catch((error: NodeJS.ErrnoException) => {
      // Another starter's copy landed first; theirs is as good as ours.
      if (!(error.code === 'ENOTEMPTY' || error.code === 'EEXIST')) throw error;
    });
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
}
