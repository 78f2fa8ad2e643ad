import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../packages/api/src/core/config/config';
import { createAppDataSource } from '../../packages/api/src/app/data-source';
import { createLogger } from '../../packages/api/src/core/logging/logger';
import { startServer } from '../../packages/api/src/app/server';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { testEnv } from '../support/test-server';

describe('startServer', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('fails cleanly on a port in use, leaving no event listener connection behind', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const port = (blocker.address() as { port: number }).port;
    const { config } = loadConfig(testEnv({ DATABASE_URL: database.url, PORT: String(port) }));
    const dataSource = createAppDataSource(database.url);
    await dataSource.initialize();
    try {
      await expect(startServer({ config, logger: createLogger(config), dataSource })).rejects.toThrow(/EADDRINUSE/);
      // A closed connection's backend leaves pg_stat_activity a moment after the client has gone.
      const listeners = async () =>
        (await dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'vejapro-events' AND datname = current_database()`))[0].n;
      await expect.poll(listeners, { timeout: 5_000 }).toBe(0);
    } finally {
      await dataSource.destroy();
      blocker.close();
    }
  });
});
