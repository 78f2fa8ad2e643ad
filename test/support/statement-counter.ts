import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts the SQL statements the server sends through TypeORM while `work` runs.
 * TypeORM hands every query to the data source's logger, so wrapping it sees them all.
 */
export async function countStatements(dataSource: DataSource, work: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const original = dataSource.logger;
  const counting: TypeOrmLogger = {
    logQuery: (query, parameters, runner) => {
      // Notifications of earlier committed work leave in batches and may fall in the window: not this work's reads.
      if (!query.startsWith('SELECT pg_notify')) statements.push(query);
      original.logQuery(query, parameters, runner);
    },
    logQueryError: (...args) => original.logQueryError(...args),
    logQuerySlow: (...args) => original.logQuerySlow(...args),
    logSchemaBuild: (...args) => original.logSchemaBuild(...args),
    logMigration: (...args) => original.logMigration(...args),
    log: (...args) => original.log(...args),
  };
  Object.assign(dataSource, { logger: counting });
  try {
    await work();
  } finally {
    Object.assign(dataSource, { logger: original });
  }
  return statements;
}
