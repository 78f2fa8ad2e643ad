import type { Context } from 'graphql-ws';
import type { Registry } from 'prom-client';
import { gauge } from '../metrics/metrics-registry';

/**
 * Open sockets and their running subscriptions, counted at scrape time from graphql-ws' own
 * bookkeeping (`ctx.subscriptions`), so there is no counter to keep in step with closes and completions.
 */
export function trackedSockets<C extends Pick<Context, 'subscriptions'>>(registry: Registry | undefined): Set<C> {
  const sockets = new Set<C>();
  if (!registry) return sockets;
  gauge(registry, {
    name: 'vejapro_websocket_connections',
    help: 'Open GraphQL websocket connections (past connection_init)',
    collect() {
      this.set(sockets.size);
    },
  });
  gauge(registry, {
    name: 'vejapro_graphql_subscriptions_active',
    help: 'GraphQL operations running on open websockets (subscriptions)',
    collect() {
      let running = 0;
      for (const socket of sockets) running += Object.keys(socket.subscriptions).length;
      this.set(running);
    },
  });
  return sockets;
}
