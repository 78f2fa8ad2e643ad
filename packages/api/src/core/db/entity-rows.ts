import { DatabaseError, type Pool, type QueryResultRow } from 'pg';
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Hot reads (pages, nested lists) straight from the pool into entity instances. TypeORM's
 * metadata still says which columns an entity has; its per-row machinery (query runner,
 * aliasing, hydration through every column's metadata) is skipped, which was a quarter of
 * the read path's CPU. Only what pg does not already give in the entity's shape is converted:
 * column transformers (numeric → number). Columns marked `select: false` are never read.
 */
export interface EntityRows<T> {
  /** The SELECT list of the entity's readable columns under `alias`, as database columns. */
  columns(alias: string): string;
  /** One database row (keys: column names) as an entity instance. */
  toEntity(row: Record<string, unknown>): T;
}

const made = new WeakMap<EntityMetadata, EntityRows<unknown>>();

export function entityRows<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>): EntityRows<T> {
  return entityRowsOf<T>(dataSource.getMetadata(target));
}

export function entityRowsOf<T>(metadata: EntityMetadata): EntityRows<T> {
  let rows = made.get(metadata);
  if (!rows) made.set(metadata, (rows = build(metadata)));
  return rows as EntityRows<T>;
}

function build(metadata: EntityMetadata): EntityRows<unknown> {
  const readable = metadata.columns.filter((column) => column.isSelect && !column.isVirtual);
  const prototype = (metadata.target as { prototype: object }).prototype;
  const fields = readable.map((column) => ({ property: column.propertyName, name: column.databaseName, from: fromDatabase(column) }));
  return {
    columns: (alias) => fields.map((field) => `"${alias}"."${field.name}"`).join(', '),
    toEntity: (row) => {
      const entity = Object.create(prototype) as Record<string, unknown>;
      for (const field of fields) {
        const value = row[field.name];
        entity[field.property] = field.from ? field.from(value) : value;
      }
      return entity;
    },
  };
}

function fromDatabase(column: ColumnMetadata): ((value: unknown) => unknown) | undefined {
  const { transformer } = column;
  if (!transformer) return undefined;
  if (Array.isArray(transformer)) return (value) => transformer.reduceRight((v, t) => t.from(v), value);
  return (value) => transformer.from(value);
}

/**
 * Rows of one statement on a pooled connection, outside any transaction (reads only). The client
 * is taken and released here rather than through `pool.query`, which hands pg a callback and so
 * escapes the per-query deadline (query-deadline.ts bounds promise queries only).
 */
export async function poolRows<R = Record<string, unknown>>(dataSource: DataSource, sql: string, params: unknown[]): Promise<R[]> {
  // Told to TypeORM's logger like its own statements, so query logging and statement counts see it.
  dataSource.logger.logQuery(sql, params);
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const client = await pool.connect();
  // A connection that breaks while checked out (a deadline closes it) also emits 'error' on the
  // client: the failed query reports it here, and without a listener it would crash the process.
  const ignore = () => undefined;
  client.on('error', ignore);
  try {
    const { rows } = await client.query<R & QueryResultRow>(sql, params);
    client.release();
    return rows;
  } catch (error) {
    // A statement PostgreSQL refused leaves the connection usable; anything else (a deadline, a broken socket) discards it.
    client.release(error instanceof DatabaseError ? undefined : (error as Error));
    throw error;
  } finally {
    client.removeListener('error', ignore);
  }
}

/** Entities whose `column` is one of `values`, ordered by `orderBy` (SQL on alias `t`): a batch loader's one query. */
export async function entitiesWhereAny<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  column: string,
  values: readonly unknown[],
  orderBy: string,
): Promise<T[]> {
  const metadata = dataSource.getMetadata(target);
  const rows = entityRowsOf<T>(metadata);
  const sql = `SELECT ${rows.columns('t')} FROM "${metadata.tableName}" "t" WHERE "t"."${column}" = ANY($1) ORDER BY ${orderBy}`;
  return (await poolRows(dataSource, sql, [values])).map(rows.toEntity);
}
