import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';

/**
 * Statements the server runs on its own schedule, whatever the request: notifications of
 * earlier committed work (batched after commit) and the outbox worker's poll every second
 * (a transaction around a SELECT on outbound_messages). A busy machine stretches a request
 * enough for them to fall in its window.
 */
function isBackgroundStatement(query: string): boolean {
  return query.startsWith('SELECT pg_notify') || /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)\b/i.test(query) || query.includes('outbound_messages');
}

/**
 * Counts the SQL statements the server sends through TypeORM while `work` runs.
 * TypeORM hands every query to the data source's logger, so wrapping it sees them all.
 */
export async function countStatements(dataSource: DataSource, work: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const original = dataSource.logger;
  const counting: TypeOrmLogger = {
    logQuery: (query, parameters, runner) => {
      if (!isBackgroundStatement(query)) statements.push(query);
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
