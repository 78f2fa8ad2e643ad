import type { DataSource } from 'typeorm';
import { createDataSource, type DataSourceOptions } from '../core/db/data-source';
import { ALL_MIGRATIONS } from '../migrations/all-migrations';
import { wireDomainHooks } from './domain-hooks';
import { ALL_ENTITIES } from './entities';

/** The API's data source: every entity and migration of the domains, and the hooks that join the domains. */
export function createAppDataSource(url: string, options: Omit<DataSourceOptions, 'entities' | 'migrations'> = {}): DataSource {
  wireDomainHooks();
  return createDataSource(url, { ...options, entities: ALL_ENTITIES, migrations: ALL_MIGRATIONS });
}
