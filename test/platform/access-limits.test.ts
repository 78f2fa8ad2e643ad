import { describe, expect, it } from 'vitest';
import { dataOf } from '../support/documents';
import { TYPENAME, VIEWER } from '../support/operations';
import { Role, useTestServer } from '../support/test-server';
import { closeCode, firstResult } from '../support/ws';

describe('ADMIN_IP_ALLOWLIST', () => {
  const elsewhere = useTestServer({ ADMIN_IP_ALLOWLIST: '203.0.113.7,10.0.0.0/8' });
  const here = useTestServer({ ADMIN_IP_ALLOWLIST: '127.0.0.1' });

  it('refuses admin tokens from other addresses, over HTTP and websockets; other roles are unaffected', async () => {
    const admin = await elsewhere.token(Role.ADMIN);
    const refused = await elsewhere.graphql(VIEWER, {}, admin);
    expect(refused.errors?.[0]).toMatchObject({ message: 'Admin access is not allowed from this address', extensions: { code: 'UNAUTHENTICATED' } });
    expect(dataOf(await elsewhere.graphql(VIEWER, {}, await elsewhere.token(Role.CONTRACTOR))).viewer).toMatchObject({ role: 'CONTRACTOR' });

    const socket = elsewhere.wsClient({ authorization: `Bearer ${admin}` });
    const closed = closeCode(socket);
    await expect(firstResult(socket, TYPENAME)).rejects.toBeDefined();
    expect(await closed).toBe(4403);
  });

  it('accepts admin tokens from a listed address', async () => {
    expect(dataOf(await here.graphql(VIEWER, {}, await here.token(Role.ADMIN))).viewer).toMatchObject({ role: 'ADMIN' });
  });
});

describe('RATE_LIMIT_API_ENABLED', () => {
  const server = useTestServer({ RATE_LIMIT_API_ENABLED: 'true' });

  it('answers 429 RATE_LIMITED past the per-address limit, and never limits provider webhooks', async () => {
    const answers = await Promise.all(Array.from({ length: 305 }, () => server.graphql(TYPENAME)));
    const limited = answers.filter((a) => a.status === 429);
    expect(limited.length).toBe(5);
    expect(limited[0]!.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(limited[0]!.headers.get('retry-after')).toMatch(/^\d+$/);

    const webhooks = await Promise.all(
      Array.from({ length: 20 }, () => fetch(`${server.url}/api/v1/webhook/stripe`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })),
    );
    expect(webhooks.some((r) => r.status === 429)).toBe(false);
  });
});

describe('the public confirmation page', () => {
  const server = useTestServer();

  it('answers 429 after ten unknown tokens from one address, GET and POST alike', async () => {
    for (let i = 0; i < 10; i++) {
      const method = i % 2 ? 'POST' : 'GET';
      expect((await fetch(`${server.url}/public/confirm-payment/ABCD${String(i).padStart(2, '2').replace(/[01]/g, '2')}`, { method })).status).toBe(404);
    }
    const blocked = await fetch(`${server.url}/public/confirm-payment/ZZZZZZ`, { method: 'POST' });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
