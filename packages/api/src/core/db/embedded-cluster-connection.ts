import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from '../config/config';
import { LOCATION_RECORD } from './cluster-location';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface EmbeddedClusterConnection {
  /** URL of the database the API uses (the embedded cluster's `postgres` database). */
  url: string;
  /** Stops the cluster when this connection started it; leaves a running server (`pnpm start`) alone. */
  close(): Promise<void>;
}

/** The configured database for a one-off command: DATABASE_URL, else DATA_DIR's embedded cluster. */
export function connectConfiguredDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>): Promise<EmbeddedClusterConnection> {
  if (config.databaseUrl) return Promise.resolve({ url: config.databaseUrl, close: async () => undefined });
  return connectEmbeddedCluster(config.dataDir);
}

/**
 * DATA_DIR's embedded cluster for a one-off command (backup, restore). When `pnpm start` is
 * already running it, the command connects to it: PostgreSQL's `postmaster.pid` in the cluster
 * directory names the live server's process and port, and the password is DATA_DIR's. Otherwise
 * it is started in its supervisor child, exactly as the server starts it, and stopped afterwards.
 */
export async function connectEmbeddedCluster(dataDir: string): Promise<EmbeddedClusterConnection> {
  const running = await runningClusterPort(dataDir);
  if (running !== undefined) {
    const password = (await readFile(path.join(dataDir, 'postgres-password'), 'utf8')).trim();
    return { url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${running}/postgres`, close: async () => undefined };
  }
  const started = await startEmbeddedPostgres({ dataDir });
  return { url: started.url, close: () => started.stop() };
}

/** The port of a live server on DATA_DIR's cluster, from its postmaster.pid (pid on line 1, port on line 4). */
async function runningClusterPort(dataDir: string): Promise<number | undefined> {
  const recorded = await readFile(path.join(dataDir, LOCATION_RECORD), 'utf8').then(
    (text) => text.trim(),
    () => undefined,
  );
  const clusterDir = recorded || path.join(dataDir, 'postgres');
  const lines = await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').then(
    (text) => text.split('\n'),
    () => undefined,
  );
  if (!lines) return undefined;
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || !isAlive(pid)) return undefined;
  return port;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's (the cluster user's, when we are not root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
