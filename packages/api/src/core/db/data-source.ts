import type { TlsOptions } from 'node:tls';
import { DataSource } from 'typeorm';
import { ALL_MIGRATIONS } from '../../migrations/all-migrations';
import { parseDatabaseUrl } from './database-url';
import { ALL_ENTITIES } from './entities';

export interface DataSourceOptions {
  poolSize?: number;
  applicationName?: string;
}

/** Schema changes only through migrations: `synchronize` stays off. */
export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  const connection = parseDatabaseUrl(url);
  return new DataSource({
    type: 'postgres',
    ...connection,
    // pg passes these to tls.connect, which also takes checkServerIdentity.
    ssl: connection.ssl as false | TlsOptions,
    entities: ALL_ENTITIES,
    migrations: ALL_MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: {
      max: options.poolSize ?? 10,
      application_name: options.applicationName ?? 'vejapro-api',
      connectionTimeoutMillis: 10_000,
    },
  });
}
