import type { SelectQueryBuilder } from 'typeorm';
import { countWhenAsked, decodeCursor, encodeCursor, toConnection, type ConnectionArgs, type Connection } from '../core/graphql/connection';
import type { RequestContext } from '../core/context/request-context';
import type { AuditLogFilter } from './audit-log-filter.input';
import { AuditLog } from './audit-log.entity';

const isSeqCursor = (key: unknown): key is string => typeof key === 'string' && /^\d{1,19}$/.test(key);

/** Newest first, by insertion order; the cursor is the entry's sequence number. */
async function page(qb: SelectQueryBuilder<AuditLog>, args: ConnectionArgs): Promise<Connection<AuditLog>> {
  const counting = qb.clone();
  const totalCount = countWhenAsked(() => counting.getCount());
  if (args.after) qb.andWhere('a.seq < :afterSeq', { afterSeq: decodeCursor(args.after, isSeqCursor) });
  const rows = await qb
    .orderBy('a.seq', 'DESC')
    .limit(args.first + 1)
    .getMany();
  return toConnection(rows, args.first, totalCount, (row) => encodeCursor(row.seq), Boolean(args.after));
}

export function listAuditLogs(ctx: RequestContext, args: ConnectionArgs, filter?: AuditLogFilter | null): Promise<Connection<AuditLog>> {
  const qb = ctx.dataSource.getRepository(AuditLog).createQueryBuilder('a');
  if (filter?.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
  if (filter?.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
  if (filter?.actorType) qb.andWhere('a.actor_type = :actorType', { actorType: filter.actorType });
  if (filter?.from) qb.andWhere('a.created_at >= :from', { from: filter.from });
  if (filter?.to) qb.andWhere('a.created_at < :to', { to: filter.to });
  return page(qb, args);
}

/** A project's history, including the entries of its payments and evidences. */
export function projectAuditTrail(ctx: RequestContext, projectId: string, args: ConnectionArgs): Promise<Connection<AuditLog>> {
  const qb = ctx.dataSource.getRepository(AuditLog).createQueryBuilder('a').where('a.project_id = :projectId', { projectId });
  return page(qb, args);
}
