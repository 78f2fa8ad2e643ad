import type { ClientConfig } from 'pg';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { ContextDeps } from '../context/context-factory';
import type { EventBus } from './event-bus';
import { EVENTS_CHANNEL, PgNotifyEventBus } from './pg-notify-event-bus';
import { histogram } from '../metrics/metrics-registry';
import type { Registry } from 'prom-client';

/** How late events published by other API processes arrive here (clocks of one host or NTP-synced hosts). */
function eventBusLag(registry: Registry) {
  return histogram(registry, {
    name: 'vejapro_event_bus_lag_seconds',
    help: 'Delay between another process publishing events (after commit) and this process receiving them',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  });
}

/** The default bus: LISTEN/NOTIFY on the database the server already uses. */
export async function startEventBus({ dataSource, logger, metrics }: Pick<ContextDeps, 'dataSource' | 'logger' | 'metrics'>): Promise<EventBus> {
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
  const lag = metrics && eventBusLag(metrics);
  const bus = new PgNotifyEventBus(
    clientConfig,
    (payload) => dataSource.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, payload]),
    logger,
    (seconds) => lag?.observe(seconds),
  );
  await bus.start();
  return bus;
}
