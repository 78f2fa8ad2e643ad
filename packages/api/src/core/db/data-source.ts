import type { TlsOptions } from 'node:tls';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from './database-url';
import type { MixedList } from 'typeorm/common/MixedList';
import type { EntitySchema } from 'typeorm';

export interface DataSourceOptions {
  /** What the schema holds: the composition root passes every entity and migration. */
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  poolSize?: number;
  applicationName?: string;
}

/** Schema changes only through migrations: `synchronize` stays off. */
export function createDataSource(url: string, options: DataSourceOptions): DataSource {
  const connection = parseDatabaseUrl(url);
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
    extra: {
      max: options.poolSize ?? 10,
      application_name: options.applicationName ?? 'vejapro-api',
      connectionTimeoutMillis: 10_000,
    },
  });
}
