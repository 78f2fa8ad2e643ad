import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createAppDataSource } from '../../packages/api/src/app/data-source';
import { poolRows } from '../../packages/api/src/core/db/entity-rows';
import { startDelayingProxy, type DelayingProxy } from '../support/delaying-proxy';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

describe('a hot read past its deadline', () => {
  let database: TestDatabase;
  let proxy: DelayingProxy;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    const target = new URL(database.url);
    proxy = await startDelayingProxy({ host: target.hostname, port: Number(target.port) });
    // Statement timeout 300 ms: the client-side deadline closes a connection that has not answered 1.3 s later.
    dataSource = createAppDataSource(proxy.url(database.url), {
      poolSize: 1,
      limits: { statementTimeoutMs: 300, idleInTransactionTimeoutMs: 1_000, poolAcquireTimeoutMs: 5_000 },
    });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await proxy?.close();
    await database?.drop();
  });

  it('fails with the deadline, crashes nothing (its connection is closed under it), and the next read works', async () => {
    expect(await poolRows(dataSource, 'SELECT 1 AS n', [])).toEqual([{ n: 1 }]);
    proxy.setLatency(2_500);
    try {
      await expect(poolRows(dataSource, 'SELECT 2 AS n', [])).rejects.toThrow(/did not answer within 1300 ms/);
    } finally {
      proxy.setLatency(0);
    }
    expect(await poolRows(dataSource, 'SELECT 3 AS n', [])).toEqual([{ n: 3 }]);
  });
});
