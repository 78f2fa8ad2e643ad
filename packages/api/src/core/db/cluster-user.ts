import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const NAME = 'postgres';

/** The system user the cluster runs as (initdb and postgres are spawned with its ids). */
export interface ClusterUser {
  name: string;
  uid: number;
  gid: number;
}

/**
 * PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres`
 * system user, created when missing. Undefined when we are not root: the cluster
 * then runs as we do.
 */
export async function clusterUser(): Promise<ClusterUser | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const existing = await lookUp();
  if (existing) return existing;
  // A concurrent starter may create it first; whichever command loses, the look-up after settles it.
  await run('groupadd', ['--system', NAME]).catch(() => undefined);
  await run('useradd', ['--system', '--gid', NAME, '--no-create-home', NAME]).catch(() => undefined);
  const created = await lookUp();
  if (!created) throw new Error(`could not create the ${NAME} system user with groupadd/useradd: create it yourself, or set DATABASE_URL`);
  return created;
}

async function lookUp(): Promise<ClusterUser | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', NAME]), run('id', ['-g', NAME])]);
    return { name: NAME, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return undefined;
  }
}

/**
 * Spawn options that run a command as the cluster user (as ourselves when undefined), from
 * `/`: initdb changes back to its starting directory, which our own may not let it do.
 */
export function asClusterUser(user: ClusterUser | undefined): { uid?: number; gid?: number; cwd: string } {
  return user ? { uid: user.uid, gid: user.gid, cwd: '/' } : { cwd: '/' };
}
