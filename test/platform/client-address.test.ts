import { createClient, type Client } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { graphql } from '../generated/gql';
import { dataOf } from '../support/documents';
import { CREATE_PROJECT, TYPENAME, VIEWER } from '../support/operations';
import { Role, useTestServer, type TestServer } from '../support/test-server';
import { closeCode, firstResult } from '../support/ws';

/** The address the audit log recorded for a project's creation. */
const PROJECT_AUDIT_ADDRESS = graphql(`
  query ProjectAuditAddress($filter: AuditLogFilter) {
    auditLogs(first: 1, filter: $filter) {
      edges {
        node {
          action
          ip
        }
      }
    }
  }
`);

/** Creates a project as an admin, sending `headers`, and returns the address its audit entry recorded. */
async function auditedAddress(server: TestServer, headers: Record<string, string>): Promise<string | null | undefined> {
  const admin = await server.token(Role.ADMIN);
  const { createProject } = dataOf(await server.graphql(CREATE_PROJECT, { input: { clientInfo: { name: 'Adreso Testas' } } }, admin, headers));
  const { auditLogs } = dataOf(await server.graphql(PROJECT_AUDIT_ADDRESS, { filter: { entityType: 'project', entityId: createProject.id } }, admin, headers));
  expect(auditLogs.edges[0]?.node.action).toBe('PROJECT_CREATED');
  return auditLogs.edges[0]?.node.ip;
}

/** Sends TYPENAME until it is refused (at most `max` times); how many passed. */
async function passesUntilLimited(server: TestServer, headersOf: (i: number) => Record<string, string>, max = 50): Promise<number> {
  for (let i = 0; i < max; i++) {
    const answer = await server.graphql(TYPENAME, {}, undefined, headersOf(i));
    if (answer.status === 429) return i;
  }
  return max;
}

/** A graphql-ws client whose upgrade request carries `headers`, as a proxy in front would send them. */
function socketWithHeaders(server: TestServer, token: string, headers: Record<string, string>): Client {
  class ForwardedWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  return createClient({ url: server.wsUrl, webSocketImpl: ForwardedWebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
}

const LIMIT = { RATE_LIMIT_API_ENABLED: 'true', RATE_LIMIT_API_PER_IP_PER_MINUTE: '8' };

describe('client address from an untrusted peer', () => {
  const server = useTestServer({ ...LIMIT, ADMIN_IP_ALLOWLIST: '127.0.0.1' });

  it('is the socket address whatever X-Forwarded-For and CF-Connecting-IP say: in the audit log and in the rate-limit bucket', async () => {
    const spoofed = { 'x-forwarded-for': '198.51.100.7', 'cf-connecting-ip': '198.51.100.8' };
    expect(await auditedAddress(server, spoofed)).toBe('127.0.0.1');

    // A new made-up address on every request: all of them still count against 127.0.0.1.
    const passed = await passesUntilLimited(server, (i) => ({ 'x-forwarded-for': `203.0.113.${i}`, 'cf-connecting-ip': `2001:db8::${i}` }));
    expect(passed).toBeLessThanOrEqual(8 - 2);
    const again = await server.graphql(TYPENAME, {}, undefined, { 'x-forwarded-for': '192.0.2.200' });
    expect(again.status).toBe(429);
  });
});

describe('client address behind a trusted proxy (TRUSTED_PROXIES=127.0.0.1)', () => {
  const server = useTestServer({ ...LIMIT, TRUSTED_PROXIES: '127.0.0.1', ADMIN_IP_ALLOWLIST: '198.51.100.0/24' });

  it('is what the proxy forwarded: X-Forwarded-For, or CF-Connecting-IP first', async () => {
    expect(await auditedAddress(server, { 'x-forwarded-for': '198.51.100.7' })).toBe('198.51.100.7');
    expect(await auditedAddress(server, { 'x-forwarded-for': '198.51.100.7', 'cf-connecting-ip': '198.51.100.9' })).toBe('198.51.100.9');
    // The client wrote the first entry itself; the proxy appended the address it saw.
    expect(await auditedAddress(server, { 'x-forwarded-for': '198.51.100.66, 198.51.100.10' })).toBe('198.51.100.10');
  });

  it('is what ADMIN_IP_ALLOWLIST checks', async () => {
    const admin = await server.token(Role.ADMIN);
    const fromElsewhere = await server.graphql(VIEWER, {}, admin, { 'x-forwarded-for': '203.0.113.50' });
    expect(fromElsewhere.errors?.[0]).toMatchObject({ message: 'Admin access is not allowed from this address', extensions: { code: 'UNAUTHENTICATED' } });
    expect(dataOf(await server.graphql(VIEWER, {}, admin, { 'x-forwarded-for': '198.51.100.51' })).viewer).toMatchObject({ role: 'ADMIN' });
  });

  it('is what ADMIN_IP_ALLOWLIST checks on a websocket too, from the upgrade request', async () => {
    const admin = await server.token(Role.ADMIN);
    const allowed = socketWithHeaders(server, admin, { 'x-forwarded-for': '198.51.100.52' });
    const refused = socketWithHeaders(server, admin, { 'x-forwarded-for': '203.0.113.52' });
    try {
      expect(dataOf(await firstResult(allowed, VIEWER)).viewer).toMatchObject({ role: 'ADMIN' });
      const closed = closeCode(refused);
      await expect(firstResult(refused, VIEWER)).rejects.toBeDefined();
      expect(await closed).toBe(4403);
    } finally {
      await Promise.all([allowed.dispose(), refused.dispose()]);
    }
  });

  it('keys the rate limit: one forwarded address is limited, another is not', async () => {
    expect(await passesUntilLimited(server, () => ({ 'x-forwarded-for': '203.0.113.77' }))).toBe(8);
    expect((await server.graphql(TYPENAME, {}, undefined, { 'x-forwarded-for': '203.0.113.78' })).status).toBe(200);
    expect((await server.graphql(TYPENAME, {}, undefined, { 'cf-connecting-ip': '2001:db8::77' })).status).toBe(200);
  });
});
