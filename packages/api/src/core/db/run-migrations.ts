import type { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger';

/** Applies pending migrations, each in its own transaction. */
export async function runPendingMigrations(dataSource: DataSource, logger: Logger): Promise<void> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
}
