import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import type { ApolloServer } from '@apollo/server';
import packageJson from '../../package.json';
import type { AppConfig } from '../core/config/config';
import type { ContextDeps } from '../core/context/context-factory';
import type { RequestContext } from '../core/context/request-context';
import { startEventBus } from '../core/events/start-event-bus';
import { createApolloServer } from '../core/graphql/apollo-server';
import { startWebsocketServer, type WebsocketServer } from '../core/graphql/websocket-server';
import { createApp } from '../core/http/create-app';
import { answerUnparsableRequests } from '../core/http/unparsable-request-answer';
import { createMetricsRegistry } from '../core/metrics/metrics-registry';
import { registerPoolMetrics } from '../core/metrics/pool-metrics';
import type { Logger } from '../core/logging/logger';
import { startOutboxWorker } from '../outbox/outbox-worker';
import { startRetentionWorker } from '../retention/retention-worker';
import { UserRegistry } from '../users/user-registry';
import { httpRoutes } from './http-routes';
import { startLiveHubs, type RunningLiveHubs } from './live-hubs';
import { buildApiSchema } from './schema';

export interface ServerDeps {
  config: AppConfig;
  logger: Logger;
  dataSource: DataSource;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** Stops accepting, drains in-flight HTTP requests and websockets. Does not close the database. */
  close(): Promise<void>;
}

/**
 * The composition root at run time: the event bus, live hubs, user registry, GraphQL over
 * HTTP and websockets, the domains' REST routes and the outbox worker, on config.port (0 picks a free port).
 */
export async function startServer(serverDeps: ServerDeps): Promise<RunningServer> {
  const { config, logger } = serverDeps;
  const schema = await buildApiSchema();
  // This server's own series (GET /metrics): HTTP, GraphQL, pool, event bus and process; domains add theirs through deps.
  const metrics = createMetricsRegistry();
  registerPoolMetrics(metrics, serverDeps.dataSource);
  const events = await startEventBus({ ...serverDeps, metrics });
  let live: RunningLiveHubs | undefined;
  let viewers: UserRegistry | undefined;
  let apollo: ApolloServer<RequestContext> | undefined;
  try {
    live = await startLiveHubs(serverDeps.dataSource, config, logger, events);
    const baseDeps: ContextDeps = { ...serverDeps, events, live, metrics };
    viewers = new UserRegistry(baseDeps, events);
    const deps: ContextDeps = { ...baseDeps, viewers };
    const httpServer = createServer();
    // A request head too large or malformed to parse (a 5 MB URL) gets Node's 431/400 without a connection reset.
    answerUnparsableRequests(httpServer);
    let websockets: WebsocketServer | undefined;
    apollo = createApolloServer({ schema, config, logger, httpServer, onDrain: async () => websockets?.dispose(), metrics });
    await apollo.start();
    httpServer.on('request', createApp({ ...deps, apollo, version: packageJson.version, routes: httpRoutes(deps) }));
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
    // After listen, so a port in use fails the start without the socket server reporting it too.
    websockets = startWebsocketServer(httpServer, schema, deps);
    const { port } = httpServer.address() as AddressInfo;
    // Sends what committed transactions wrote to the outbox; stops with the server.
    const outbox = startOutboxWorker(deps);
    // With RETENTION_DAYS: masks expired personal data at start and daily; stops with the server.
    const retention = startRetentionWorker(deps);
    const started = { apollo, live, viewers };
    let closing: Promise<void> | undefined;
    return {
      url: `http://127.0.0.1:${port}`,
      port,
      close: () =>
        (closing ??= started.apollo
          .stop()
          .then(() => outbox.stop())
          .then(() => retention.stop())
          .then(() => {
            started.live.close();
            started.viewers.close();
            return events.close();
          })),
    };
  } catch (error) {
    // Nothing started here may outlive a failed start (a port in use, say).
    await apollo?.stop().catch(() => undefined);
    live?.close();
    viewers?.close();
    await events.close();
    throw error;
  }
}
