import { Client } from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { useTestServer } from '../support/test-server';

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: inject('postgresUrl') });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

describe('health endpoints', () => {
  const server = useTestServer();

  it('GET /health answers 200 ok', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /health/details reports the database as connected', async () => {
    const response = await fetch(`${server.url}/health/details`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'connected' });
  });

  it('GET /health/details answers 503 while the database refuses connections; /health stays 200', async () => {
    const name = server.database.name;
    await onServer(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
    await onServer(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
    try {
      const details = await fetch(`${server.url}/health/details`);
      expect(details.status).toBe(503);
      expect(await details.json()).toMatchObject({ status: 'unavailable', database: 'unreachable' });
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
    } finally {
      await onServer(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`);
    }
    // And it recovers once the database is back.
    expect((await fetch(`${server.url}/health/details`)).status).toBe(200);
  });
});
