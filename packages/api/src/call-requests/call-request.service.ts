import { keysetPage } from '../core/graphql/keyset-page';
import { personActor, type Actor } from '../audit/actor';
import { recordAudit } from '../audit/audit.service';
import { runInTransaction, type TxContext } from '../core/db/transaction';
import { NotFoundError } from '../core/errors/domain-error';
import type { Connection } from '../core/graphql/connection';
import type { RequestContext } from '../core/context/request-context';
import { isUuid } from '../core/validation/is-uuid';
import { CallRequest } from './call-request.entity';
import type { CallRequestSource } from './call-request.enums';
import type { CallRequestsArgs } from './inputs/call-requests.args';
import type { UpdateCallRequestInput } from './inputs/update-call-request.input';

/** What a provider tells us about someone waiting for a call back. */
export interface NewCallRequest {
  source: CallRequestSource;
  /** Twilio CallSid or the chat event id. */
  externalId: string;
  callerName?: string | null;
  phone?: string | null;
  email?: string | null;
  message?: string | null;
  requestedAt: Date;
}

function snapshot(request: CallRequest) {
  return {
    source: request.source,
    status: request.status,
    callerName: request.callerName,
    phone: request.phone,
    email: request.email,
    message: request.message,
    requestedAt: request.requestedAt.toISOString(),
  };
}

/**
 * Records a call request once per (source, external id), with its audit entry.
 * Returns null when it was already recorded: providers deliver the same call or
 * message more than once, and a repeat must add nothing (not even an audit entry).
 */
export async function recordCallRequest(tx: TxContext, request: NewCallRequest, actor: Actor): Promise<CallRequest | null> {
  const rows: Array<{ id: string }> = await tx.manager.query(
    `INSERT INTO call_requests (source, external_id, caller_name, phone, email, message, requested_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (source, external_id) DO NOTHING
     RETURNING id`,
    [request.source, request.externalId, request.callerName ?? null, request.phone ?? null, request.email ?? null, request.message ?? null, request.requestedAt],
  );
  const id = rows[0]?.id;
  if (!id) return null;
  const created = await tx.manager.getRepository(CallRequest).findOneByOrFail({ id });
  await recordAudit(tx, actor, { entityType: 'call_request', entityId: id, action: 'CALL_REQUEST_CREATED', newValue: snapshot(created) });
  return created;
}

/** A page of call requests, newest first. */
export async function listCallRequests(ctx: RequestContext, args: CallRequestsArgs): Promise<Connection<CallRequest>> {
  const qb = ctx.dataSource.getRepository(CallRequest).createQueryBuilder('c');
  if (args.filter?.status) qb.andWhere('c.status = :status', { status: args.filter.status });
  if (args.filter?.source) qb.andWhere('c.source = :source', { source: args.filter.source });
  return keysetPage(qb, 'c', 'created_at', args);
}

/**
 * An admin records progress on a call request: status and/or note. The row is locked,
 * so two admins' updates apply one after the other and each audit entry shows the
 * value it really replaced. Nothing changed: nothing written.
 */
export async function updateCallRequest(ctx: RequestContext, input: UpdateCallRequestInput): Promise<CallRequest> {
  const actor = personActor(ctx);
  return runInTransaction(ctx, async (tx) => {
    const repository = tx.manager.getRepository(CallRequest);
    const existing = isUuid(input.id) ? await repository.findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!existing) throw new NotFoundError('CallRequest', input.id);

    const oldValue: Record<string, unknown> = {};
    const newValue: Record<string, unknown> = {};
    const changes: Partial<Pick<CallRequest, 'status' | 'note'>> = {};
    if (input.status && input.status !== existing.status) {
      oldValue.status = existing.status;
      newValue.status = changes.status = input.status;
    }
    // undefined: leave the note; null or blank: clear it.
    if (input.note !== undefined) {
      const note = input.note?.trim() || null;
      if (note !== existing.note) {
        oldValue.note = existing.note;
        newValue.note = changes.note = note;
      }
    }
    if (!Object.keys(changes).length) return existing;

    await repository.update({ id: existing.id }, { ...changes, updatedAt: () => 'now()' });
    await recordAudit(tx, actor, { entityType: 'call_request', entityId: existing.id, action: 'CALL_REQUEST_UPDATED', oldValue, newValue });
    return repository.findOneByOrFail({ id: existing.id });
  });
}
