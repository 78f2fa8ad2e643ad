import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../support/documents';
import { factories } from '../support/factories';
import { AUDIT_LOG_ADDED, CREATE_PROJECT, PROJECTS_PAGE } from '../support/operations';
import { paymentIntentEvent, postStripe, stripeSignature } from '../support/stripe-events';
import { Role, startTestServer, useTestServer } from '../support/test-server';
import { collect } from '../support/ws';

const secret = `whsec_${randomBytes(16).toString('hex')}`;
const metricsToken = randomBytes(24).toString('hex');

/** The sample lines of one series, e.g. `vejapro_webhook_deliveries_total{provider="STRIPE",status="processed"} 1`. */
function samples(text: string, name: string): string[] {
  return text.split('\n').filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `));
}

describe('GET /metrics', () => {
  const server = useTestServer({ STRIPE_WEBHOOK_SECRET: secret, METRICS_TOKEN: metricsToken });
  const scrape = async () => {
    const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return response.text();
  };

  beforeAll(async () => {
    const project = await factories(server.dataSource).project();
    const payload = JSON.stringify(paymentIntentEvent({ projectId: project.id }));
    expect((await postStripe(server.url, payload, stripeSignature(payload, secret))).status).toBe(200);
    expect((await postStripe(server.url, payload, 't=1,v1=forged')).status).toBe(400);
    const admin = await server.token(Role.ADMIN);
    dataOf(await server.graphql(PROJECTS_PAGE, { first: 5 }, admin));
    // An error with its code: no token.
    await server.graphql(PROJECTS_PAGE, { first: 5 });
  });

  it('refuses a missing or wrong token with 401 when METRICS_TOKEN is set', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}x` } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('counts webhook deliveries by provider and outcome', async () => {
    const text = await scrape();
    expect(samples(text, 'vejapro_webhook_deliveries_total')).toEqual(
      expect.arrayContaining([
        'vejapro_webhook_deliveries_total{provider="STRIPE",status="processed"} 1',
        'vejapro_webhook_deliveries_total{provider="STRIPE",status="rejected"} 1',
      ]),
    );
  });

  it('counts GraphQL operations by name and errors by name and code', async () => {
    const text = await scrape();
    expect(samples(text, 'vejapro_graphql_operations_total')).toContain('vejapro_graphql_operations_total{operation="ProjectsPage",type="query"} 2');
    expect(samples(text, 'vejapro_graphql_errors_total')).toContain('vejapro_graphql_errors_total{operation="ProjectsPage",code="UNAUTHENTICATED"} 1');
    expect(text).toMatch(/vejapro_graphql_operation_duration_seconds_count\{operation="ProjectsPage",type="query"\} 2/);
  });

  it('measures HTTP latency by declared route, never by raw URL', async () => {
    await fetch(`${server.url}/public/confirm-payment/ABCDEF`);
    const text = await scrape();
    const routes = new Set(samples(text, 'vejapro_http_request_duration_seconds_count').map((line) => /route="([^"]*)"/.exec(line)?.[1]));
    expect(routes).toContain('/api/v1/webhook/stripe');
    expect(routes).toContain('/graphql');
    expect(routes).toContain('/public/confirm-payment/:token');
    expect([...routes].some((route) => route?.includes('ABCDEF'))).toBe(false);
    expect(text).toMatch(/vejapro_http_request_duration_seconds_bucket\{le="0.1",method="POST",route="\/api\/v1\/webhook\/stripe",status="200"\}/);
  });

  it('reports the outbox backlog, the database pool, open subscriptions and process metrics', async () => {
    const text = await scrape();
    expect(samples(text, 'vejapro_outbox_messages')).toEqual(expect.arrayContaining([expect.stringMatching(/^vejapro_outbox_messages\{status="pending"\} \d+$/)]));
    expect(samples(text, 'vejapro_outbox_oldest_due_seconds')).toHaveLength(1);
    for (const state of ['total', 'idle', 'waiting']) expect(text).toMatch(new RegExp(`vejapro_db_pool_connections\\{state="${state}"\\} \\d+`));
    expect(text).toMatch(/^vejapro_db_pool_max_connections 10$/m);
    expect(text).toMatch(/^vejapro_graphql_subscriptions_active \d+$/m);
    expect(text).toMatch(/^vejapro_websocket_connections \d+$/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  it('counts a running subscription while its socket is open', async () => {
    const client = server.wsClient({ authorization: `Bearer ${await server.token(Role.ADMIN)}` });
    const live = collect(client, AUDIT_LOG_ADDED);
    try {
      await expect.poll(async () => /^vejapro_graphql_subscriptions_active (\d+)$/m.exec(await scrape())?.[1]).toBe('1');
      expect(await scrape()).toMatch(/^vejapro_websocket_connections 1$/m);
    } finally {
      live.dispose();
    }
    // The server sees the close a moment later; then both are back to zero.
    await expect.poll(async () => /^vejapro_websocket_connections (\d+)$/m.exec(await scrape())?.[1]).toBe('0');
    expect(await scrape()).toMatch(/^vejapro_graphql_subscriptions_active 0$/m);
  });
});

describe('GET /metrics with two instances on one database', () => {
  const first = useTestServer({ METRICS_TOKEN: metricsToken });

  it('measures how late events from the other instance arrive (event-bus lag)', async () => {
    const second = await startTestServer({}, { database: first.database });
    try {
      dataOf(await second.graphql(CREATE_PROJECT, { input: { clientInfo: { name: 'Ona' } } }, await second.token(Role.ADMIN)));
      const lagCount = async () => {
        const text = await (await fetch(`${first.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })).text();
        return Number(/^vejapro_event_bus_lag_seconds_count (\d+)$/m.exec(text)?.[1] ?? 0);
      };
      await expect.poll(lagCount).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  it('is open outside production', async () => {
    const server = await startTestServer();
    try {
      const response = await fetch(`${server.url}/metrics`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('vejapro_http_request_duration_seconds');
    } finally {
      await server.close();
    }
  });
});
