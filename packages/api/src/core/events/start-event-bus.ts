import type { ClientConfig } from 'pg';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { ContextDeps } from '../context/context-factory';
import type { EventBus } from './event-bus';
import { EVENTS_CHANNEL, PgNotifyEventBus } from './pg-notify-event-bus';

/** The default bus: LISTEN/NOTIFY on the database the server already uses. */
export async function startEventBus({ dataSource, logger }: Pick<ContextDeps, 'dataSource' | 'logger'>): Promise<EventBus> {
  const options = dataSource.options as PostgresConnectionOptions;
  const clientConfig: ClientConfig = {
    host: options.host,
    port: options.port,
    user: options.username,
    password: typeof options.password === 'string' ? options.password : undefined,
    database: options.database,
    ssl: options.ssl as ClientConfig['ssl'],
    application_name: 'vejapro-events',
    keepAlive: true,
  };
  const bus = new PgNotifyEventBus(clientConfig, (payload) => dataSource.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, payload]), logger);
  await bus.start();
  return bus;
}
