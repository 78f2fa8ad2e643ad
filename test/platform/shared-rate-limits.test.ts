import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { untyped } from '../support/documents';
import { TYPENAME } from '../support/operations';
import { firstResult } from '../support/ws';
import { Role, startTestServer, type TestServer } from '../support/test-server';

const PER_IP = 10;
const PER_USER = 15;

/** A query of `n` aliased copies of __typename: it costs 1 + n points. */
const aliased = (n: number) => untyped(`{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`);

describe('RATE_LIMIT_API_ENABLED on two instances sharing one database', () => {
  let first: TestServer;
  let second: TestServer;

  beforeAll(async () => {
    // Behind one trusted proxy, so every test speaks from addresses of its own and needs no fresh bucket.
    const env = {
      RATE_LIMIT_API_ENABLED: 'true',
      RATE_LIMIT_API_PER_IP_PER_MINUTE: String(PER_IP),
      RATE_LIMIT_API_PER_USER_PER_MINUTE: String(PER_USER),
      TRUSTED_PROXIES: '127.0.0.1',
      STRIPE_WEBHOOK_SECRET: `whsec_${randomUUID()}`,
    };
    first = await startTestServer(env);
    second = await startTestServer({ ...env, JWT_SECRET: first.config.jwt.secret! }, { database: first.database });
  });

  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  /** A client address no other test uses. */
  const newAddress = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

  it('lets N requests from one address through, spread over both instances, and refuses the next on either', async () => {
    const from = { 'x-forwarded-for': newAddress() };
    const answers = await Promise.all(Array.from({ length: PER_IP }, (_, i) => (i % 2 ? second : first).graphql(TYPENAME, {}, undefined, from)));
    expect(answers.map((a) => a.status)).toEqual(Array(PER_IP).fill(200));

    for (const server of [first, second]) {
      const refused = await server.graphql(TYPENAME, {}, undefined, from);
      expect(refused.status).toBe(429);
      expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    }
  });

  it('counts aliases: a request costs one point plus one per alias', async () => {
    const from = { 'x-forwarded-for': newAddress() };
    expect((await first.graphql(aliased(PER_IP - 1), {}, undefined, from)).status).toBe(200);
    const next = await second.graphql(TYPENAME, {}, undefined, from);
    expect(next.status).toBe(429);

    const alone = { 'x-forwarded-for': newAddress() };
    expect((await second.graphql(aliased(PER_IP), {}, undefined, alone)).status).toBe(429);
  });

  it('limits a signed-in user across addresses and instances', async () => {
    const token = await first.token(Role.CONTRACTOR, { sub: randomUUID() });
    const requests = Array.from({ length: PER_USER }, (_, i) => (i % 2 ? second : first).graphql(TYPENAME, {}, token, { 'x-forwarded-for': newAddress() }));
    expect((await Promise.all(requests)).every((a) => a.status === 200)).toBe(true);
    const refused = await second.graphql(TYPENAME, {}, token, { 'x-forwarded-for': newAddress() });
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('counts operations over a websocket against the same budget as HTTP', async () => {
    // The only test speaking without X-Forwarded-For: its address is the socket's, 127.0.0.1.
    const socket = second.wsClient({ authorization: `Bearer ${await second.token(Role.CONTRACTOR, { sub: randomUUID() })}` });
    for (let i = 0; i < PER_IP - 1; i++) expect((await firstResult(socket, TYPENAME)).data).toEqual({ __typename: 'Query' });
    expect((await first.graphql(TYPENAME)).status).toBe(200);
    await expect(firstResult(socket, TYPENAME)).rejects.toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED' }) })]);
  });

  it('never limits provider webhooks, even from an address over its limit', async () => {
    const from = { 'x-forwarded-for': newAddress() };
    await Promise.all(Array.from({ length: PER_IP + 1 }, () => first.graphql(TYPENAME, {}, undefined, from)));
    expect((await second.graphql(TYPENAME, {}, undefined, from)).status).toBe(429);

    const webhooks = await Promise.all(
      Array.from({ length: 2 * PER_IP }, (_, i) =>
        fetch(`${(i % 2 ? second : first).url}/api/v1/webhook/stripe`, { method: 'POST', body: `{"n":${i}}`, headers: { 'content-type': 'application/json', ...from } }),
      ),
    );
    // Unsigned: the contract's 400, never 429.
    expect(webhooks.map((r) => r.status)).toEqual(Array(2 * PER_IP).fill(400));
  });
});
