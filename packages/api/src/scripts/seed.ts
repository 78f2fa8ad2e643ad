import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../core/config/load-config-or-exit';
import { createAppDataSource } from '../app/data-source';
import { openDatabase } from '../core/db/database';
import { runPendingMigrations } from '../core/db/run-migrations';
import { createLogger } from '../core/logging/logger';
import { seedBulkProjects } from '../seed/bulk-data';
import { seedDemoData } from '../seed/demo-data';

const MAX_BULK_PROJECTS = 1_000_000;

/** `pnpm seed` loads the demo set into an empty database; `pnpm seed --projects 10000` tops up the bulk set for benchmarks. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { projects: { type: 'string' } } });
  const bulkCount = values.projects === undefined ? undefined : Number(values.projects);
  if (bulkCount !== undefined && (!Number.isInteger(bulkCount) || bulkCount < 1 || bulkCount > MAX_BULK_PROJECTS)) {
    throw new Error(`usage: pnpm seed [--projects N], N from 1 to ${MAX_BULK_PROJECTS}`);
  }
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  const database = await openDatabase(config, logger, createAppDataSource);
  try {
    await runPendingMigrations(database.dataSource, logger);
    const started = Date.now();
    if (bulkCount === undefined) {
      const result = await seedDemoData(database.dataSource, logger, config.businessTimezone);
      console.log(result.seeded ? `seed: demo data loaded (${result.projects} projects)` : 'seed: demo data skipped, the database already has projects');
    } else {
      const result = await seedBulkProjects(database.dataSource, bulkCount, logger, config.businessTimezone);
      console.log(`seed: bulk projects inserted ${result.inserted}, total ${result.total}, in ${Date.now() - started} ms`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
