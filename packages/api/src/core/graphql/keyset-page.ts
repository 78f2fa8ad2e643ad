import type { SelectQueryBuilder } from 'typeorm';
import { isUuid } from '../validation/is-uuid';
import { countWhenAsked, decodeCursor, encodeCursor, toConnection, type Connection, type ConnectionArgs } from './connection';

type TimeCursor = [at: string, id: string];
const isTimeCursor = (key: unknown): key is TimeCursor => Array.isArray(key) && key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'string' && isUuid(key[1]);

/**
 * A page of a filtered query, newest first by (`timeColumn`, id), with keyset cursors.
 * The cursor keeps the timestamp as PostgreSQL prints it: microseconds, which a JS Date
 * would lose (rows within one millisecond would then be skipped or repeated).
 */
export async function keysetPage<T extends { id: string }>(qb: SelectQueryBuilder<T>, alias: string, timeColumn: string, args: ConnectionArgs): Promise<Connection<T>> {
  const column = `${alias}.${timeColumn}`;
  const counting = qb.clone();
  const totalCount = countWhenAsked(() => counting.getCount());
  const page = qb.clone().addSelect(`${column}::text`, 'cursor_at');
  if (args.after) {
    const [at, id] = decodeCursor(args.after, isTimeCursor);
    page.andWhere(`(${column}, ${alias}.id) < (CAST(:cursorAt AS timestamptz), CAST(:cursorId AS uuid))`, { cursorAt: at, cursorId: id });
  }
  const { entities, raw } = await page
    .orderBy(column, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(args.first + 1)
    .getRawAndEntities<{ cursor_at: string }>();
  const cursors = new Map(entities.map((row, i) => [row.id, encodeCursor([raw[i]!.cursor_at, row.id])]));
  return toConnection(entities, args.first, totalCount, (row) => cursors.get(row.id)!, Boolean(args.after));
}
