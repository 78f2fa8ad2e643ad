import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { FinanceMetricsUpdated } from '../../packages/admin/src/features/finance/finance.graphql';
import { createApolloClient } from '../../packages/admin/src/lib/apollo-client';
import { createLiveConnection, type LiveConnection } from '../../packages/admin/src/lib/live-connection';
import { SessionStore } from '../../packages/admin/src/lib/session';
import { Role, useTestServer } from '../support/test-server';

describe("the SPA's Apollo client against the real server", () => {
  const server = useTestServer();
  let live: LiveConnection;
  let client: ReturnType<typeof createApolloClient>;

  beforeAll(async () => {
    // Node 20 has no WebSocket of its own; the browser's is what graphql-ws uses in the SPA.
    (globalThis as { WebSocket?: unknown }).WebSocket = WebSocket;
    const id = randomUUID();
    const session = new SessionStore(async () => null);
    session.set({ accessToken: await server.token(Role.ADMIN, { sub: id }), expiresAt: Date.now() + 900_000, user: { id, email: null, name: 'Admin', role: 'ADMIN' } });
    live = createLiveConnection(server.wsUrl, session);
    client = createApolloClient(session, live, `${server.url}/graphql`);
  });
  afterAll(() => live?.dispose());

  /** Subscribes to `financeMetricsUpdated` as the finance page does; resolves with the first snapshot's sequence. */
  const subscribeToMetrics = (stopAfterFirst: boolean) =>
    new Promise<number>((resolve, reject) => {
      const subscription = client.subscribe({ query: FinanceMetricsUpdated, variables: { days: 30 }, context: { queryDeduplication: false } }).subscribe({
        next: (result) => {
          if (stopAfterFirst) subscription.unsubscribe();
          if (result.data) resolve(result.data.financeMetricsUpdated.sequence);
          else reject(new Error(JSON.stringify(result.error)));
        },
        error: reject,
      });
    });

  it('gives a second financeMetricsUpdated subscriber its own snapshot while the first one is still listening', async () => {
    // Each subscription on the server starts its own sequence at 1 with the current snapshot;
    // deduplicated, the second would join the first one's stream and wait for the next change.
    expect(await subscribeToMetrics(false)).toBe(1);
    expect(await subscribeToMetrics(true)).toBe(1);
    expect(live.status()).toBe('connected');
  });
});
