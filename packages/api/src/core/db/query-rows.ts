import type { EntityManager } from 'typeorm';

/**
 * The rows a statement returns, whatever its kind. TypeORM's `query()` answers an
 * UPDATE or DELETE with `[rows, rowCount]` but any other statement with the rows alone.
 */
export async function queryRows<T>(manager: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const result = (await manager.query(sql, params)) as unknown;
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
