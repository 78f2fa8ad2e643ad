import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createAppDataSource } from '../../packages/api/src/app/data-source';
import { loadConfig, type AppConfig } from '../../packages/api/src/core/config/config';
import { startEmbeddedPostgres } from '../../packages/api/src/core/db/embedded-postgres';
import { createLogger, type Logger } from '../../packages/api/src/core/logging/logger';

export interface BenchDatabase {
  /** URL of the embedded cluster's `postgres` database, which the schema is migrated into. */
  url: string;
  config: AppConfig;
  logger: Logger;
  dataSource: DataSource;
  /** Closes the data source, stops the cluster and removes its directory. */
  close(): Promise<void>;
}

/**
 * What every bench scenario starts from: an embedded PostgreSQL 15 of its own, migrated, with a
 * quiet server configuration (fresh secrets; `env` adds to it) and an initialised data source.
 */
export async function startBenchDatabase(name: string, env: Record<string, string> = {}, poolSize = 10): Promise<BenchDatabase> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `vejapro-bench-${name}-`));
  await chmod(dataDir, 0o755);
  const postgres = await startEmbeddedPostgres({ dataDir });
  const { config } = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: postgres.url,
    ...env,
  });
  const dataSource = createAppDataSource(postgres.url, { poolSize });
  const close = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await close();
    throw error;
  }
  return { url: postgres.url, config, logger: createLogger(config), dataSource, close };
}
