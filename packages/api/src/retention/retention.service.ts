import { systemActor } from '../audit/actor';
import { ActorType } from '../audit/actor-type.enum';
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../core/context/request-context';
import { withAdvisoryLock } from '../core/db/advisory-lock';
import { queryRows } from '../core/db/query-rows';
import { runInTransaction, type TxContext } from '../core/db/transaction';
import { piiFieldSet } from '../core/logging/redact-pii';
import { announceProjectChanged } from '../projects/project-events';
import { ProjectStatus } from '../projects/project-status.enum';
import { MASK, maskJson, maskText, personalColumns, type ClientColumn, type MaskRule } from './personal-data-mask';

export const PERSONAL_DATA_MASKED = 'PERSONAL_DATA_MASKED';
const LOCK_NAME = 'vejapro.retention';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionPass {
  /** Whether this instance ran it (false: another instance held the lock). */
  ran: boolean;
  /** Projects whose personal data this pass masked. */
  maskedProjectIds: string[];
}

/**
 * One retention pass: the personal data of projects ACTIVE for longer than RETENTION_DAYS
 * (counted from the audit entry of their activation) is masked, one project per transaction.
 * Only one instance runs a pass at a time (advisory lock); a project is masked once.
 */
export async function runRetentionPass(ctx: RequestContext, now = new Date()): Promise<RetentionPass> {
  const days = ctx.config.retentionDays;
  if (days <= 0) return { ran: false, maskedProjectIds: [] };
  const pass = await withAdvisoryLock(ctx.dataSource, LOCK_NAME, async () => {
    const cutoff = new Date(now.getTime() - days * DAY_MS);
    const masked: string[] = [];
    for (const projectId of await expiredProjectIds(ctx, cutoff)) {
      try {
        if (await maskProject(ctx, projectId, cutoff)) masked.push(projectId);
      } catch (error) {
        // One project that fails must not hold back the others; it is tried again at the next pass.
        // Code and message only: a failed statement's parameters are the personal data itself.
        const { code, message } = error as { code?: unknown; message?: unknown };
        ctx.logger.error({ projectId, code, message }, 'retention: masking a project failed');
      }
    }
    return masked;
  });
  return pass.ran ? { ran: true, maskedProjectIds: pass.result } : { ran: false, maskedProjectIds: [] };
}

const ELIGIBLE = `
  p.status = '${ProjectStatus.ACTIVE}'
  AND coalesce(
        (SELECT max(a.created_at) FROM audit_logs a
          WHERE a.entity_type = 'project' AND a.entity_id = p.id AND a.action = 'STATUS_CHANGED' AND a.new_value ->> 'status' = 'ACTIVE'),
        p.updated_at) < $1
  AND NOT EXISTS (SELECT 1 FROM audit_logs m WHERE m.entity_type = 'project' AND m.entity_id = p.id AND m.action = '${PERSONAL_DATA_MASKED}')`;

async function expiredProjectIds(ctx: RequestContext, cutoff: Date): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(ctx.dataSource.manager, `SELECT p.id FROM projects p WHERE ${ELIGIBLE} ORDER BY p.id`, [cutoff]);
  return rows.map((row) => row.id);
}

/** Masks one project in one transaction; false when it is no longer eligible once locked. */
function maskProject(ctx: RequestContext, projectId: string, cutoff: Date): Promise<boolean> {
  return runInTransaction(ctx, async (tx) => {
    const [project] = await queryRows<Record<ClientColumn, string | null>>(
      tx.manager,
      `SELECT p.client_name, p.client_phone, p.client_email, p.client_address FROM projects p WHERE p.id = $2 AND ${ELIGIBLE} FOR UPDATE OF p`,
      [cutoff, projectId],
    );
    if (!project) return false;
    const fields = piiFieldSet(ctx.config.piiRedaction.fields);
    const columns = personalColumns(fields);
    const rule: MaskRule = { fields, values: new Set(columns.map((column) => project[column]).filter((value): value is string => Boolean(value))) };

    if (columns.length > 0) {
      // NULL stays NULL: there was nothing to mask.
      const assignments = columns.map((column) => `${column} = CASE WHEN ${column} IS NULL THEN NULL ELSE $2 END`).join(', ');
      await tx.manager.query(`UPDATE projects SET ${assignments}, updated_at = now() WHERE id = $1`, [projectId, MASK]);
    }
    const auditEntries = await maskAuditEntries(tx, projectId, rule);
    const messages = await maskMessages(tx, projectId, rule);
    await recordAudit(tx, systemActor(ActorType.SYSTEM, null, 'retention'), {
      entityType: 'project',
      entityId: projectId,
      action: PERSONAL_DATA_MASKED,
      newValue: { columns, auditEntries, messages, retentionDays: ctx.config.retentionDays },
    });
    announceProjectChanged(tx, projectId);
    return true;
  });
}

/** The project's audit entries keep their place and meaning; only the personal values in them become the mask (the guard allows exactly that). */
async function maskAuditEntries(tx: TxContext, projectId: string, rule: MaskRule): Promise<number> {
  const entries = await queryRows<{ id: string; old_value: unknown; new_value: unknown }>(
    tx.manager,
    `SELECT id, old_value, new_value FROM audit_logs WHERE project_id = $1 OR (entity_type = 'project' AND entity_id = $1) ORDER BY seq`,
    [projectId],
  );
  let changed = 0;
  for (const entry of entries) {
    const oldValue = maskJson(entry.old_value, rule);
    const newValue = maskJson(entry.new_value, rule);
    if (JSON.stringify(oldValue) === JSON.stringify(entry.old_value) && JSON.stringify(newValue) === JSON.stringify(entry.new_value)) continue;
    await tx.manager.query(`UPDATE audit_logs SET old_value = $2::jsonb, new_value = $3::jsonb WHERE id = $1`, [entry.id, json(oldValue), json(newValue)]);
    changed++;
  }
  return changed;
}

/** Messages sent to the client: the address or number, and the values in subject and body. */
async function maskMessages(tx: TxContext, projectId: string, rule: MaskRule): Promise<number> {
  const messages = await queryRows<{ id: string; recipient: string; subject: string | null; body: string }>(
    tx.manager,
    `SELECT id, recipient, subject, body FROM outbound_messages WHERE project_id = $1`,
    [projectId],
  );
  const maskRecipient = rule.fields.has('recipient');
  let changed = 0;
  for (const message of messages) {
    const recipient = maskRecipient || rule.values.has(message.recipient) ? MASK : message.recipient;
    const subject = message.subject === null ? null : maskText(message.subject, rule.values);
    const body = maskText(message.body, rule.values);
    if (recipient === message.recipient && subject === message.subject && body === message.body) continue;
    await tx.manager.query(`UPDATE outbound_messages SET recipient = $2, subject = $3, body = $4, updated_at = now() WHERE id = $1`, [message.id, recipient, subject, body]);
    changed++;
  }
  return changed;
}

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
