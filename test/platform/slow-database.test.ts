import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../support/documents';
import { startDelayingProxy, type DelayingProxy } from '../support/delaying-proxy';
import { factories } from '../support/factories';
import { PROJECTS_PAGE } from '../support/operations';
import { paymentIntentEvent, postStripe, stripeSignature } from '../support/stripe-events';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { Role, startTestServer, type TestServer } from '../support/test-server';

const secret = `whsec_${randomBytes(16).toString('hex')}`;
/** Small deadlines so the test is quick: statement 1 s (client-side 2 s), pool 1 s, webhook 3 s. */
const WEBHOOK_DEADLINE_MS = 3_000;
const SLOW_NETWORK_MS = 1_500;

async function timed<T>(work: Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await work;
  return { result, ms: Date.now() - started };
}

describe('a slow database: every request has a deadline', () => {
  let database: TestDatabase;
  let proxy: DelayingProxy;
  let server: TestServer;
  let admin: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const target = new URL(database.url);
    proxy = await startDelayingProxy({ host: target.hostname, port: Number(target.port) });
    server = await startTestServer(
      {
        DATABASE_URL: proxy.url(database.url),
        STRIPE_WEBHOOK_SECRET: secret,
        DB_STATEMENT_TIMEOUT_MS: '1000',
        DB_POOL_ACQUIRE_TIMEOUT_MS: '1000',
        WEBHOOK_DEADLINE_MS: String(WEBHOOK_DEADLINE_MS),
      },
      { database },
    );
    admin = await server.token(Role.ADMIN);
  });
  afterAll(async () => {
    await server?.close();
    await proxy?.close();
    await database?.drop();
  });

  const sendDeposit = (event: object) => {
    const payload = JSON.stringify(event);
    // Each retry is signed anew, as Stripe does (a fresh timestamp), over the same event.
    return timed(postStripe(server.url, payload, stripeSignature(payload, secret)));
  };
  const statusOf = async (id: string) => (await server.dataSource.query('SELECT status FROM projects WHERE id = $1', [id]))[0].status;

  it('answers webhooks, GraphQL and health normally through the proxy without added latency', async () => {
    const project = await factories(server.dataSource).project();
    const { result } = await sendDeposit(paymentIntentEvent({ projectId: project.id }));
    expect(result).toEqual({ status: 200, body: { status: 'processed' } });
    expect(dataOf(await server.graphql(PROJECTS_PAGE, { first: 5 }, admin)).projects.edges.map((edge) => edge.node.id)).toContain(project.id);
    const details = await fetch(`${server.url}/health/details`);
    expect(details.status).toBe(200);
    expect(await details.json()).toMatchObject({ status: 'ok', database: 'connected' });
  });

  it('with a slow network: the webhook gets 503 within its deadline, GraphQL a coded error fast, /health stays 200; the retry later loses nothing', async () => {
    const project = await factories(server.dataSource).project();
    const event = paymentIntentEvent({ projectId: project.id });
    proxy.setLatency(SLOW_NETWORK_MS);
    try {
      const webhook = await sendDeposit(event);
      expect(webhook.result).toEqual({ status: 503, body: { status: 'error' } });
      expect(webhook.ms).toBeLessThan(WEBHOOK_DEADLINE_MS + 500);

      const query = await timed(server.graphql(PROJECTS_PAGE, { first: 5 }, admin));
      expect(query.result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(query.ms).toBeLessThan(3_000);

      const live = await timed(fetch(`${server.url}/health`));
      expect(live.result.status).toBe(200);
      expect(live.ms).toBeLessThan(500);
      const details = await timed(fetch(`${server.url}/health/details`));
      expect(details.result.status).toBe(503);
      expect(await details.result.json()).toMatchObject({ status: 'degraded', database: 'timeout' });
      expect(details.ms).toBeLessThan(2_500);
    } finally {
      proxy.setLatency(0);
    }

    // Stripe retries the same event once the database is quick again: processed, exactly once.
    const retry = await sendDeposit(event);
    expect(retry.result).toEqual({ status: 200, body: { status: 'processed' } });
    expect(await statusOf(project.id)).toBe('PAID');
    expect(await server.dataSource.query('SELECT count(*)::int AS n FROM payments WHERE project_id = $1', [project.id])).toEqual([{ n: 1 }]);
    const details = await fetch(`${server.url}/health/details`);
    expect(await details.json()).toMatchObject({ status: 'ok', database: 'connected' });
  });
});
