import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCATION_RECORD } from '../../packages/api/src/core/db/cluster-location';
import { clusterUser, type ClusterUser } from '../../packages/api/src/core/db/cluster-user';
import { startEmbeddedPostgres } from '../../packages/api/src/core/db/embedded-postgres';
import { reachableBinaries } from '../../packages/api/src/core/db/reachable-binaries';
import { firstUnreachable } from '../../packages/api/src/core/db/user-access';
import { descendantsOf, survivorsAfter } from '../support/processes';

const isRoot = process.getuid?.() === 0;

/** Starts the supervisor on `dataDir`, runs `work` against the cluster, stops it and checks nothing is left running. */
async function withCluster<T>(dataDir: string, work: (client: Client) => Promise<T>): Promise<T> {
  const postgres = await startEmbeddedPostgres({ dataDir, fast: true });
  const processes = descendantsOf(process.pid);
  try {
    const client = new Client({ connectionString: postgres.url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  } finally {
    await postgres.stop();
    expect(await survivorsAfter(processes, 5_000)).toEqual([]);
  }
}

describe.skipIf(!isRoot)('as root, with DATA_DIR and binaries in directories private to root (skipped unless root: only root hands PostgreSQL to the postgres user)', () => {
  let privateDir: string;
  let dataDir: string;
  let user: ClusterUser;
  const relocatedHomes = new Set<string>();

  const recordedCluster = () => {
    const cluster = readFileSync(path.join(dataDir, LOCATION_RECORD), 'utf8').trim();
    relocatedHomes.add(path.dirname(cluster));
    return cluster;
  };

  beforeAll(async () => {
    // mkdtemp makes it 0700: the postgres user cannot pass through it.
    privateDir = await mkdtemp(path.join(tmpdir(), 'vejapro-private-'));
    dataDir = path.join(privateDir, 'data');
    user = (await clusterUser())!;
  });
  afterAll(async () => {
    for (const home of relocatedHomes) await rm(home, { recursive: true, force: true });
    await rm(privateDir, { recursive: true, force: true });
  });

  it('names the directory the postgres user cannot pass', async () => {
    await mkdir(dataDir, { recursive: true });
    expect(await firstUnreachable(user, [dataDir])).toBe(privateDir);
    expect(await firstUnreachable(user, [tmpdir()])).toBeUndefined();
  });

  it('keeps the cluster where the postgres user can reach it, and its data across restarts', async () => {
    await withCluster(dataDir, async (client) => {
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      await client.query("CREATE TABLE kept AS SELECT 'written before the restart' AS note");
    });
    const cluster = recordedCluster();
    expect(existsSync(path.join(dataDir, 'postgres'))).toBe(false);
    expect(statSync(cluster).uid).toBe(user.uid);
    // PostgreSQL removes its pid file only on a clean shutdown.
    expect(existsSync(path.join(cluster, 'postmaster.pid'))).toBe(false);

    const notes = await withCluster(dataDir, async (client) => (await client.query('SELECT note FROM kept')).rows);
    expect(notes).toEqual([{ note: 'written before the restart' }]);
    expect(recordedCluster()).toBe(cluster);
  }, 120_000);

  it('gives a DATA_DIR deleted and made again a fresh cluster, not the one left behind', async () => {
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir);
    const kept = await withCluster(dataDir, async (client) => (await client.query("SELECT to_regclass('kept') AS kept")).rows);
    expect(kept).toEqual([{ kept: null }]);
  }, 120_000);

  it('copies binaries the postgres user cannot reach once per version, symlinks as they were, and concurrent starters agree', async () => {
    const dir = path.join(privateDir, 'native');
    await mkdir(path.join(dir, 'bin'), { recursive: true });
    await mkdir(path.join(dir, 'lib'));
    await mkdir(path.join(dir, 'share'));
    for (const name of ['initdb', 'postgres']) {
      await writeFile(path.join(dir, 'bin', name), '#!/bin/sh\n');
      await chmod(path.join(dir, 'bin', name), 0o755);
    }
    await writeFile(path.join(dir, 'lib', 'libpq.so.5.15'), '');
    await symlink('libpq.so.5.15', path.join(dir, 'lib', 'libpq.so.5'));
    const binaries = { dir, version: `test-${randomBytes(4).toString('hex')}`, platform: 'any' };

    const [first, second] = await Promise.all([reachableBinaries(binaries, user), reachableBinaries(binaries, user)]);
    relocatedHomes.add(first.dir);
    expect(second).toEqual(first);
    expect(first.dir).not.toBe(dir);
    expect(path.basename(first.dir)).toBe(`postgres-${binaries.version}-any`);
    expect(statSync(first.dir).uid).toBe(0);
    expect(readlinkSync(path.join(first.dir, 'lib', 'libpq.so.5'))).toBe('libpq.so.5.15');
    expect(await firstUnreachable(user, [path.join(first.dir, 'bin', 'postgres')])).toBeUndefined();
    expect(await reachableBinaries(binaries, user)).toEqual(first);
    expect(readdirSync(path.dirname(first.dir)).filter((name) => name.startsWith(`${path.basename(first.dir)}.partial`))).toEqual([]);
  });
});
