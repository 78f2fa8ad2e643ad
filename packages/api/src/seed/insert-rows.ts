import type { EntityManager } from 'typeorm';

/** Keeps every statement under PostgreSQL's 65,535 bind parameters. */
const MAX_PARAMETERS = 60_000;

/** One parameterised multi-row INSERT per chunk; every row of `rows` has the same keys. */
export async function insertRows<T extends object>(manager: EntityManager, table: string, rows: readonly T[], suffix = ''): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!) as Array<keyof T & string>;
  const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
  for (let start = 0; start < rows.length; start += perStatement) {
    const params: unknown[] = [];
    const tuples = rows.slice(start, start + perStatement).map((row) => {
      const placeholders = columns.map((column) => {
        params.push(row[column]);
        return `$${params.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await manager.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')} ${suffix}`, params);
  }
}
