import type { SelectQueryBuilder } from 'typeorm';
import { entityRowsOf, poolRows } from '../db/entity-rows';
import { isUuid } from '../validation/is-uuid';
import { countWhenAsked, decodeCursor, encodeCursor, toConnection, type Connection, type ConnectionArgs } from './connection';

type TimeCursor = [at: string, id: string];
const isTimeCursor = (key: unknown): key is TimeCursor => Array.isArray(key) && key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'string' && isUuid(key[1]);

/**
 * A page of a filtered query, newest first by (`timeColumn`, id), with keyset cursors.
 * The cursor keeps the timestamp as PostgreSQL prints it: microseconds, which a JS Date
 * would lose (rows within one millisecond would then be skipped or repeated).
 * The builder states the filter (visibility, search); its SQL runs on the pool and the rows
 * become entities without TypeORM's hydration (entity-rows.ts), and the count is a plain
 * COUNT(*) (TypeORM's getCount counts DISTINCT ids, a sort PostgreSQL need not do here).
 */
export async function keysetPage<T extends { id: string }>(qb: SelectQueryBuilder<T>, alias: string, timeColumn: string, args: ConnectionArgs): Promise<Connection<T>> {
  const column = `${alias}.${timeColumn}`;
  const rows = entityRowsOf<T>(qb.expressionMap.mainAlias!.metadata);
  const counting = qb.clone().select('count(*)::int', 'count').orderBy();
  const totalCount = countWhenAsked(async () => {
    const [sql, params] = counting.getQueryAndParameters();
    return (await poolRows<{ count: number }>(qb.connection, sql, params))[0]!.count;
  });
  const page = qb.clone().select(rows.columns(alias)).addSelect(`${column}::text`, 'cursor_at');
  if (args.after) {
    const [at, id] = decodeCursor(args.after, isTimeCursor);
    page.andWhere(`(${column}, ${alias}.id) < (CAST(:cursorAt AS timestamptz), CAST(:cursorId AS uuid))`, { cursorAt: at, cursorId: id });
  }
  const [sql, params] = page
    .orderBy(column, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(args.first + 1)
    .getQueryAndParameters();
  const raw = await poolRows<Record<string, unknown> & { cursor_at: string }>(qb.connection, sql, params);
  const cursors = new Map<string, string>();
  const entities = raw.map((row) => {
    const entity = rows.toEntity(row);
    cursors.set(entity.id, encodeCursor([row.cursor_at, entity.id]));
    return entity;
  });
  return toConnection(entities, args.first, totalCount, (row) => cursors.get(row.id)!, Boolean(args.after));
}
