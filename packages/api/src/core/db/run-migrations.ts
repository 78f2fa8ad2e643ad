import type { DataSource } from 'typeorm';
import { MigrationExecutor } from 'typeorm/migration/MigrationExecutor';
import type { Logger } from '../logging/logger';
import { setUnbounded } from './query-deadline';

/**
 * Applies pending migrations, each in its own transaction, on one connection freed from the
 * request deadlines: a migration may rewrite a large table for longer than a request may wait.
 */
export async function runPendingMigrations(dataSource: DataSource, logger: Logger): Promise<void> {
  const runner = dataSource.createQueryRunner();
  const client = await runner.connect();
  setUnbounded(client, true);
  try {
    await runner.query('SET statement_timeout = 0');
    await runner.query('SET idle_in_transaction_session_timeout = 0');
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  } finally {
    // Back to the connection's own limits before it returns to the pool.
    await runner.query('RESET statement_timeout; RESET idle_in_transaction_session_timeout').catch(() => undefined);
    setUnbounded(client, false);
    await runner.release();
  }
}
