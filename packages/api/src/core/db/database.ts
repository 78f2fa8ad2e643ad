import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import type { Logger } from '../logging/logger';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres';

export interface OpenDatabase {
  dataSource: DataSource;
  /** Set when this process started the embedded cluster. */
  embedded: EmbeddedPostgresHandle | undefined;
  close(): Promise<void>;
}

/** DATABASE_URL when given; otherwise the embedded cluster under DATA_DIR. */
export async function openDatabase(config: AppConfig, logger: Logger, createDataSource: (url: string) => DataSource): Promise<OpenDatabase> {
  let embedded: EmbeddedPostgresHandle | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir });
    logger.info({ port: embedded.port, dataDir: config.dataDir }, 'embedded PostgreSQL started');
    url = embedded.url;
  }
  const dataSource = createDataSource(url);
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    embedded,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
