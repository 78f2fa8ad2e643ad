import type { TlsOptions } from 'node:tls';
import { DataSource } from 'typeorm';
import type { AppConfig, DatabaseLimits } from '../config/config';
import { parseDatabaseUrl } from './database-url';
import { clientWithQueryDeadline } from './query-deadline';
import type { MixedList } from 'typeorm/common/MixedList';
import type { EntitySchema } from 'typeorm';

export interface DataSourceOptions {
  /** What the schema holds: the composition root passes every entity and migration. */
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  poolSize?: number;
  applicationName?: string;
  /** The server's deadlines (`databaseOptions(config)`); scripts and test helpers leave them out and wait as long as PostgreSQL does. */
  limits?: Omit<DatabaseLimits, 'poolSize'>;
}

/** Past the server's own statement timeout, which normally answers first and keeps the connection usable. */
const CLIENT_DEADLINE_MARGIN_MS = 1_000;

/** The server's pool size and deadlines from the configuration. */
export function databaseOptions(config: AppConfig): Pick<DataSourceOptions, 'poolSize' | 'limits'> {
  const { poolSize, ...limits } = config.database;
  return { poolSize, limits };
}

/** Schema changes only through migrations: `synchronize` stays off. */
export function createDataSource(url: string, options: DataSourceOptions): DataSource {
  const connection = parseDatabaseUrl(url);
  const { limits } = options;
  return new DataSource({
    type: 'postgres',
    ...connection,
    // pg passes these to tls.connect, which also takes checkServerIdentity.
    ssl: connection.ssl as false | TlsOptions,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    // Handed to pg's Pool and from there to every connection.
    extra: {
      max: options.poolSize ?? 10,
      application_name: options.applicationName ?? 'vejapro-api',
      // Waiting for a pooled connection (or opening one) fails after this instead of queueing forever.
      connectionTimeoutMillis: limits?.poolAcquireTimeoutMs ?? 10_000,
      ...(limits && {
        // Sent in the startup packet: every session carries them, no SET per checkout.
        statement_timeout: limits.statementTimeoutMs,
        idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
        Client: clientWithQueryDeadline(limits.statementTimeoutMs + CLIENT_DEADLINE_MARGIN_MS),
      }),
    },
  });
}
