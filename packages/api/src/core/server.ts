import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import packageJson from '../../package.json';
import type { AppConfig } from './config/config';
import { createApolloServer } from './graphql/apollo-server';
import { buildApiSchema } from './graphql/schema';
import { startWebsocketServer, type WebsocketServer } from './graphql/websocket-server';
import { createApp } from './http/create-app';
import type { Logger } from './logging/logger';
import { startOutboxWorker } from '../outbox/outbox-worker';
import { UserRegistry } from '../users/user-registry';
import { startEventBus } from './events/start-event-bus';
import { startLiveHubs, type LiveHubs } from './events/live-hubs';
import type { ContextDeps } from './graphql/context-factory';
import type { RequestContext } from './graphql/request-context';
import type { ApolloServer } from '@apollo/server';

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

/** Serves HTTP, GraphQL and websockets on config.port (0 picks a free port). */
export async function startServer(serverDeps: ServerDeps): Promise<RunningServer> {
  const { config, logger } = serverDeps;
  const schema = await buildApiSchema();
  const events = await startEventBus(serverDeps);
  let live: LiveHubs | undefined;
  let viewers: UserRegistry | undefined;
  let apollo: ApolloServer<RequestContext> | undefined;
  try {
    live = await startLiveHubs(serverDeps.dataSource, config, logger, events);
    const baseDeps: ContextDeps = { ...serverDeps, events, live };
    viewers = new UserRegistry(baseDeps, events);
    const deps: ContextDeps = { ...baseDeps, viewers };
    const httpServer = createServer();
    let websockets: WebsocketServer | undefined;
    apollo = createApolloServer({ schema, config, logger, httpServer, onDrain: async () => websockets?.dispose() });
    await apollo.start();
    websockets = startWebsocketServer(httpServer, schema, deps);
    httpServer.on('request', createApp({ ...deps, apollo, version: packageJson.version }));
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
    const { port } = httpServer.address() as AddressInfo;
    // Sends what committed transactions wrote to the outbox; stops with the server.
    const outbox = startOutboxWorker(deps);
    const started = { apollo, live, viewers };
    let closing: Promise<void> | undefined;
    return {
      url: `http://127.0.0.1:${port}`,
      port,
      close: () =>
        (closing ??= started.apollo
          .stop()
          .then(() => outbox.stop())
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
