import 'reflect-metadata';
import { loadConfigOrExit } from '../core/config/load-config-or-exit';
import { createAppDataSource } from '../app/data-source';
import { openDatabase } from '../core/db/database';
import { runPendingMigrations } from '../core/db/run-migrations';
import { createLogger } from '../core/logging/logger';

/** `pnpm migrate` applies pending migrations; `pnpm migrate:revert` undoes the newest one. */
async function main(direction: string | undefined): Promise<void> {
  if (direction !== 'up' && direction !== 'down') throw new Error('usage: migrate.ts up|down');
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  const database = await openDatabase(config, logger, createAppDataSource);
  try {
    if (direction === 'up') {
      await runPendingMigrations(database.dataSource, logger);
      console.log('migrations: up to date');
    } else {
      await database.dataSource.undoLastMigration({ transaction: 'each' });
      console.log('migrations: reverted the newest migration');
    }
  } finally {
    await database.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
