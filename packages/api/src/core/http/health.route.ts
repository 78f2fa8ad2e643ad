import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { DeadlineExceeded, withDeadline } from '../async/with-deadline';
import { isDatabaseTimeout } from '../db/database-errors';

/** Readiness waits this long for `SELECT 1`, well under a load balancer's probe timeout. */
const DATABASE_TIMEOUT_MS = 2000;
/** An answer slower than this is reported, still ready, as degraded. */
const DATABASE_SLOW_MS = 500;
const startedAt = Date.now();

type DatabaseState = 'connected' | 'slow' | 'timeout' | 'unreachable';

/**
 * Liveness never touches the database (a slow database must not get the process restarted);
 * readiness does, within a bound: `ok`, `degraded` (slow: 200; no answer in time: 503) or
 * `unavailable` (refused: 503).
 */
export function healthRouter(dataSource: DataSource, version: string): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/health/details', async (_req, res) => {
    const base = { version, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) };
    const { database, databaseMs } = await checkDatabase(dataSource);
    const status = database === 'connected' ? 'ok' : database === 'unreachable' ? 'unavailable' : 'degraded';
    const ready = database === 'connected' || database === 'slow';
    res.status(ready ? 200 : 503).json({ status, database, ...(databaseMs === undefined ? {} : { databaseMs }), ...base });
  });
  return router;
}

async function checkDatabase(dataSource: DataSource): Promise<{ database: DatabaseState; databaseMs?: number }> {
  const started = Date.now();
  try {
    await withDeadline(dataSource.query('SELECT 1'), DATABASE_TIMEOUT_MS, 'the health check');
    const databaseMs = Date.now() - started;
    return { database: databaseMs > DATABASE_SLOW_MS ? 'slow' : 'connected', databaseMs };
  } catch (error) {
    // A deadline (ours, the pool's, the statement's) means a database that is there but too slow.
    return { database: error instanceof DeadlineExceeded || isDatabaseTimeout(error) ? 'timeout' : 'unreachable' };
  }
}
