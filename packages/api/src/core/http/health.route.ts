import { Router } from 'express';
import type { DataSource } from 'typeorm';

const DATABASE_TIMEOUT_MS = 2000;
const startedAt = Date.now();

/** Liveness never touches the database (a slow database must not get the process restarted); readiness does. */
export function healthRouter(dataSource: DataSource, version: string): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/health/details', async (_req, res) => {
    const base = { version, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) };
    try {
      await withTimeout(dataSource.query('SELECT 1'), DATABASE_TIMEOUT_MS);
      res.json({ status: 'ok', database: 'connected', ...base });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'unreachable', ...base });
    }
  });
  return router;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
