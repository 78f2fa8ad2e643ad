import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { answerTo, badRequests } from '../support/bad-requests';
import { untyped } from '../support/documents';
import { Role, useTestServer } from '../support/test-server';
import { firstResult } from '../support/ws';

const BODY_BYTES = 900 * 1024;

/** The webhook routes and what the contract answers an unsigned delivery on each. */
const UNSIGNED = [
  { path: '/api/v1/webhook/stripe', contentType: 'application/json', status: 400 },
  { path: '/api/v1/webhook/chat/events', contentType: 'application/json', status: 401 },
  { path: '/api/v1/webhook/twilio', contentType: 'application/x-www-form-urlencoded', status: 403 },
] as const;

describe('hostile input', () => {
  // Behind a trusted proxy, so each test floods from an address of its own.
  const server = useTestServer({
    TRUSTED_PROXIES: '127.0.0.1',
    STRIPE_WEBHOOK_SECRET: `whsec_${randomBytes(16).toString('hex')}`,
    CHAT_WEBHOOK_SECRET: randomBytes(16).toString('hex'),
    TWILIO_AUTH_TOKEN: randomBytes(16).toString('hex'),
  });

  const deliveriesSize = async (): Promise<number> => Number((await server.dataSource.query(`SELECT pg_total_relation_size('webhook_deliveries') AS bytes`))[0].bytes);
  const rejectedFrom = (address: string) =>
    server.dataSource.query(
      `SELECT provider, octet_length(raw_body) AS stored_bytes, body_size, body_sha256, headers, attempts FROM webhook_deliveries WHERE status = 'REJECTED' AND source_ip = $1`,
      [address],
    );
  const post = (path: string, body: string | Buffer, headers: Record<string, string>) => fetch(`${server.url}${path}`, { method: 'POST', body, headers });

  it('stores a flood of unsigned 900 KB webhooks as a few bounded records, answering each as the contract says', async () => {
    const address = '198.51.100.20';
    const before = await deliveriesSize();
    const floods = 60;
    /** Every body sent, by its SHA-256. */
    const bodies = new Map<string, { body: string; route: (typeof UNSIGNED)[number] }>();
    const send = async (route: (typeof UNSIGNED)[number], body: string) => {
      const answer = await post(route.path, body, { 'content-type': route.contentType, 'x-forwarded-for': address });
      expect(answer.status, route.path).toBe(route.status);
    };
    // Six at a time: a flood, without making the test about the machine's bandwidth.
    for (let batch = 0; batch < floods / 6; batch++) {
      await Promise.all(
        Array.from({ length: 6 }, (_, i) => {
          const route = UNSIGNED[i % UNSIGNED.length]!;
          const body = randomBytes(BODY_BYTES / 2).toString('hex');
          bodies.set(createHash('sha256').update(body).digest('hex'), { body, route });
          return send(route, body);
        }),
      );
    }

    const grown = (await deliveriesSize()) - before;
    // Stored whole, these bodies would be about 54 MB.
    expect(grown).toBeLessThan(1024 * 1024);
    const rows = await rejectedFrom(address);
    expect(rows).toHaveLength(20);
    expect(rows.reduce((sum: number, row: { attempts: number }) => sum + row.attempts, 0)).toBe(floods);
    for (const row of rows) expect(row).toMatchObject({ body_size: BODY_BYTES, stored_bytes: 4096, body_sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    // Past the budget, a body already on record is counted on its own row.
    const stored = rows[rows.length - 1] as { body_sha256: string; attempts: number };
    const { body, route } = bodies.get(stored.body_sha256)!;
    await send(route, body);
    const after = await rejectedFrom(address);
    expect(after).toHaveLength(rows.length);
    expect(after.find((row: { body_sha256: string }) => row.body_sha256 === stored.body_sha256).attempts).toBe(stored.attempts + 1);
  });

  it('keeps of a rejected delivery the headers that matter, its size, its hash and its first 4 KiB', async () => {
    const address = '198.51.100.21';
    const body = JSON.stringify({ id: 'evt_forged', padding: 'x'.repeat(10_000) });
    const headers = { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=forged', 'user-agent': 'flood/1.0', 'x-forwarded-for': address, cookie: 'secret=1' };
    expect((await post('/api/v1/webhook/stripe', body, headers)).status).toBe(400);

    const [row, ...others] = await rejectedFrom(address);
    expect(others).toEqual([]);
    expect(row).toMatchObject({
      provider: 'STRIPE',
      body_size: Buffer.byteLength(body),
      stored_bytes: 4096,
      body_sha256: createHash('sha256').update(body).digest('hex'),
      attempts: 1,
      headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=forged', 'user-agent': 'flood/1.0', 'content-length': String(Buffer.byteLength(body)) },
    });
  });

  it('answers a mixed flood of bad requests each with its exact 4xx, never a 5xx or a reset, and keeps a bounded trace of it', async () => {
    const address = '198.51.100.22';
    const kinds = badRequests(server.url, address);
    const recorded = kinds.filter((request) => request.recorded).length;
    const table = async () => {
      const [row] = await server.dataSource.query(`SELECT count(*)::int AS rows, coalesce(sum(attempts), 0)::int AS attempts FROM webhook_deliveries`);
      return { rows: row.rows as number, attempts: row.attempts as number, bytes: await deliveriesSize() };
    };
    const before = await table();

    const each = 24;
    const flood = Array.from({ length: each * kinds.length }, (_, i) => kinds[i % kinds.length]!);
    const answers: Record<string, Record<string, number>> = {};
    // Eight at a time, the kinds mixed.
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let request = flood.shift(); request; request = flood.shift()) {
          const answer = await answerTo(request);
          answers[request.kind] ??= {};
          answers[request.kind]![answer] = (answers[request.kind]![answer] ?? 0) + 1;
        }
      }),
    );

    expect(answers).toEqual(Object.fromEntries(kinds.map((request) => [request.kind, { [request.answer]: each }])));
    const after = await table();
    // Only the forged deliveries leave a trace (oversize bodies are refused before any route reads
    // them): the address' budget of rows, every further refusal counted on them.
    expect(after.rows - before.rows).toBe(20);
    expect(after.attempts - before.attempts).toBe(each * recorded);
    // Stored whole, the forged bodies alone would be about 85 MB.
    expect(after.bytes - before.bytes).toBeLessThan(1024 * 1024);
  });

  const typenames = (n: number) => untyped(`{ ${Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(' ')} }`);

  it('refuses 500 aliases of __typename over HTTP before execution (GRAPHQL_VALIDATION_FAILED, 400), and allows 20', async () => {
    const refused = await server.graphql(typenames(500));
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.data).toBeUndefined();
    expect((await server.graphql(typenames(20))).status).toBe(200);
  });

  it('refuses 500 aliases of __typename over a websocket too', async () => {
    const client = createClient({
      url: server.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await server.token(Role.ADMIN)}` },
      retryAttempts: 0,
      lazy: true,
    });
    try {
      await expect(firstResult(client, typenames(500))).rejects.toEqual([expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);
    } finally {
      await client.dispose();
    }
  });
});
