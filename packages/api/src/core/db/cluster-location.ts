import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, realpath, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ClusterUser } from './cluster-user';
import { ensureRootDir, rootStateDir } from './root-state-dir';
import { firstUnreachable } from './user-access';

/** The file in DATA_DIR naming its cluster when that lives elsewhere. */
export const LOCATION_RECORD = 'postgres-location';

/**
 * Where DATA_DIR's cluster lives: `${dataDir}/postgres`, unless the cluster user cannot
 * reach DATA_DIR (a directory private to root). Then it lives in a root-owned directory
 * named after DATA_DIR's real path, and DATA_DIR records where. A DATA_DIR without that
 * record (new, or deleted and made again) gets a fresh cluster there, never the one an
 * earlier DATA_DIR of the same path left behind.
 */
export async function clusterLocation(dataDir: string, user: ClusterUser | undefined): Promise<string> {
  const inPlace = path.join(dataDir, 'postgres');
  if (!user) return inPlace;
  const record = path.join(dataDir, LOCATION_RECORD);
  const recorded = await readFile(record, 'utf8').then(
    (text) => text.trim(),
    () => undefined,
  );
  const relocated = recorded ? await relocatedCluster(dataDir) : undefined;

  if (!relocated || recorded !== relocated.dir) {
    const blocked = await firstUnreachable(user, [dataDir]);
    if (!blocked) {
      await rm(record, { force: true });
      return inPlace;
    }
    if (existsSync(path.join(inPlace, 'PG_VERSION'))) {
      throw new Error(`user ${user.name} cannot reach the cluster in ${inPlace} (blocked at ${blocked}): let it (chmod o+x ${blocked}), or use another DATA_DIR`);
    }
    const fresh = relocated ?? (await relocatedCluster(dataDir));
    await rm(fresh.home, { recursive: true, force: true });
    await ensureRootDir(fresh.home);
    await writeFile(record, `${fresh.dir}\n`);
    return announce(record, fresh.dir);
  }
  // Its directories may have been cleared since; a missing cluster is initialised again.
  await ensureRootDir(relocated.home);
  return announce(record, relocated.dir);
}

async function relocatedCluster(dataDir: string): Promise<{ home: string; dir: string }> {
  const clusters = path.join(await rootStateDir(), 'clusters');
  await ensureRootDir(clusters);
  const home = path.join(
    clusters,
    createHash('sha256')
      .update(await realpath(dataDir))
      .digest('hex')
      .slice(0, 16),
  );
  return { home, dir: path.join(home, 'postgres') };
}

function announce(record: string, clusterDir: string): string {
  process.stderr.write(`embedded PostgreSQL: the cluster lives in ${clusterDir} (DATA_DIR is private to root; recorded in ${record})\n`);
  return clusterDir;
}
