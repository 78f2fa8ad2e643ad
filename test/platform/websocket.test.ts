import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { untyped } from '../support/documents';
import { TYPENAME, VIEWER } from '../support/operations';
import { Role, useTestServer } from '../support/test-server';
import { closeCode, firstResult } from '../support/ws';

describe('GraphQL over websockets (graphql-transport-ws)', () => {
  const server = useTestServer();

  it('runs an operation for a connection authenticated in connection_init', async () => {
    const client = server.wsClient({ authorization: `Bearer ${await server.token(Role.ADMIN, { sub: 'admin-1' })}` });
    const result = await firstResult(client, VIEWER);
    expect(result).toEqual({ data: { viewer: { id: 'admin-1', email: null, role: 'ADMIN' } } });
  });

  it('closes a connection without a token with 4403', async () => {
    const client = server.wsClient({});
    const closed = closeCode(client);
    await expect(firstResult(client, TYPENAME)).rejects.toBeDefined();
    expect(await closed).toBe(4403);
  });

  it('closes a connection with an expired or forged token with 4403', async () => {
    for (const token of [await server.token(Role.ADMIN, { ttlSeconds: -10 }), 'not-a-jwt']) {
      const client = server.wsClient({ authorization: `Bearer ${token}` });
      const closed = closeCode(client);
      await expect(firstResult(client, TYPENAME)).rejects.toBeDefined();
      expect(await closed).toBe(4403);
    }
  });

  it('closes the socket when its token expires while connected', async () => {
    const client = server.wsClient({ authorization: `Bearer ${await server.token(Role.ADMIN, { ttlSeconds: 2 })}` });
    const closed = closeCode(client);
    await firstResult(client, TYPENAME);
    // Keep the connection open (lazy clients close when idle) until the server closes it.
    const keepOpen = client.subscribe({ query: '{ __typename }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    expect(await closed).toBe(4403);
    keepOpen();
  }, 10_000);

  it('applies the same query limits as HTTP', async () => {
    const client = server.wsClient({ authorization: `Bearer ${await server.token(Role.ADMIN)}` });
    const query = untyped(`{ ${Array.from({ length: 21 }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`);
    const error = await firstResult(client, query).catch((e: unknown) => e);
    expect(JSON.stringify(error)).toMatch(/alias/i);
  });

  it('refuses `first` outside 1 to 100 with a GRAPHQL_VALIDATION_FAILED error message, as HTTP does', async () => {
    const client = server.wsClient({ authorization: `Bearer ${await server.token(Role.ADMIN)}` });
    const query = untyped('query ($n: Int!) { projects(first: 1) { edges { node { auditTrail(first: $n) { totalCount } } } } }');
    for (const [refused, variables] of [
      [query, { n: 101 }],
      [untyped('{ auditLogs(first: 0) { totalCount } }'), {}],
    ] as const) {
      const error = await firstResult(client, refused, variables).catch((e: unknown) => e);
      expect(error).toEqual([
        expect.objectContaining({ message: expect.stringMatching(/^`first` must be between 1 and 100; got (101|0)$/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      ]);
    }
    expect(await firstResult(client, query, { n: 100 })).toEqual({ data: { projects: { edges: [] } } });
  });

  it('closes a socket that never sends connection_init', async () => {
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    const code = await new Promise<number>((resolve) => socket.on('close', (c) => resolve(c)));
    expect(code).toBe(4408);
  }, 10_000);
});
