import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { TxContext } from '../core/db/transaction';
import { publishAfterCommit } from '../core/events/publish';
import type { Actor } from './actor';
import { AuditLog } from './audit-log.entity';

export type AuditEntityType = 'project' | 'payment' | 'evidence' | 'margin_rule' | 'call_request' | 'webhook_delivery' | 'user';

export interface AuditEntry {
  entityType: AuditEntityType;
  entityId: string;
  projectId?: string | null;
  action: string;
  oldValue?: Record<string, unknown> | null;
  newValue?: Record<string, unknown> | null;
  note?: string | null;
}

/** Writes one audit entry inside the caller's transaction, so the change and its record commit together. */
export async function recordAudit(tx: TxContext, actor: Actor, entry: AuditEntry): Promise<AuditLog> {
  const [saved] = await recordAudits(tx, actor, [entry]);
  return saved!;
}

/** Several entries of one actor in one INSERT, in the given order (their `seq` follows it). */
export async function recordAudits(tx: TxContext, actor: Actor, entries: readonly AuditEntry[]): Promise<AuditLog[]> {
  if (entries.length === 0) return [];
  const result = await tx.manager
    .createQueryBuilder()
    .insert()
    .into(AuditLog)
    .values(
      entries.map(
        (entry) =>
          ({
            entityType: entry.entityType,
            entityId: entry.entityId,
            projectId: entry.projectId ?? (entry.entityType === 'project' ? entry.entityId : null),
            action: entry.action,
            oldValue: entry.oldValue ?? null,
            newValue: entry.newValue ?? null,
            note: entry.note ?? null,
            actorType: actor.type,
            actorId: actor.id,
            sourceRef: actor.sourceRef ?? null,
            ip: actor.ip ?? null,
            userAgent: actor.userAgent ?? null,
          }) as QueryDeepPartialEntity<AuditLog>,
      ),
    )
    .returning('*')
    .execute();
  const rows = (result.raw as Array<Record<string, unknown>>).map(mapRow).sort((a, b) => (BigInt(a.seq!) < BigInt(b.seq!) ? -1 : 1));
  return rows.map((row) => {
    const saved = tx.manager.create(AuditLog, row);
    publishAfterCommit(tx, { type: 'audit.added', auditLogId: saved.id, seq: saved.seq });
    return saved;
  });
}

function mapRow(row: Record<string, unknown>): Partial<AuditLog> {
  return {
    id: row.id as string,
    seq: String(row.seq),
    entityType: row.entity_type as string,
    entityId: row.entity_id as string,
    projectId: row.project_id as string | null,
    action: row.action as string,
    oldValue: row.old_value as Record<string, unknown> | null,
    newValue: row.new_value as Record<string, unknown> | null,
    note: row.note as string | null,
    actorType: row.actor_type as AuditLog['actorType'],
    actorId: row.actor_id as string | null,
    sourceRef: row.source_ref as string | null,
    ip: row.ip as string | null,
    userAgent: row.user_agent as string | null,
    createdAt: row.created_at as Date,
  };
}
