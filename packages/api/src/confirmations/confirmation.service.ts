import type { Actor } from '../audit/actor';
import { personActor, systemActor } from '../audit/actor';
import { ActorType } from '../audit/actor-type.enum';
import { recordAudit } from '../audit/audit.service';
import { runInTransaction, type TxContext } from '../core/db/transaction';
import { DomainError, InvalidTransitionError } from '../core/errors/domain-error';
import type { RequestContext } from '../core/context/request-context';
import { MessageChannel } from '../outbox/outbound-message.enums';
import { enqueueMessage } from '../outbox/outbox.service';
import { ProjectStatus } from '../projects/project-status.enum';
import type { Project } from '../projects/project.entity';
import { loadLifecycleFacts } from '../projects/lifecycle-facts';
import { applyTransition, lockProject } from '../projects/project.service';
import { announceProjectChanged } from '../projects/project-events';
import { Confirmation } from './confirmation.entity';
import { confirmationEmail, confirmationSms } from './confirmation-messages';
import { generateToken, hashConfirmationToken, samePhone } from './confirmation-token';

/** Wrong `TAIP` codes from a client's phone before the open confirmation is revoked. */
export const MAX_WRONG_ATTEMPTS = 5;

export interface IssuedConfirmation {
  confirmationId: string;
  smsQueued: boolean;
  emailQueued: boolean;
}

/**
 * After a FINAL payment on a CERTIFIED project: a new single-use token (an older
 * open one is revoked), sent by SMS and, when the client has an address, by e-mail.
 * The messages are outbox rows in the caller's transaction. The caller holds the project lock.
 */
export async function issueConfirmation(tx: TxContext, project: Project, actor: Actor): Promise<IssuedConfirmation> {
  const { config } = tx;
  await tx.manager.query(`UPDATE confirmations SET revoked_at = now() WHERE project_id = $1 AND used_at IS NULL AND revoked_at IS NULL`, [project.id]);
  const token = generateToken();
  const repository = tx.manager.getRepository(Confirmation);
  const confirmation = await repository.save(
    repository.create({ projectId: project.id, tokenHash: hashConfirmationToken(config, token), expiresAt: new Date(Date.now() + config.confirmationTtlHours * 3_600_000) }),
  );
  const channels: string[] = [];
  if (project.clientPhone) {
    await enqueueMessage(tx, {
      channel: MessageChannel.SMS,
      recipient: project.clientPhone,
      body: confirmationSms(token, config.confirmationTtlHours),
      secrets: [token],
      projectId: project.id,
      confirmationId: confirmation.id,
    });
    channels.push('SMS');
  }
  if (project.clientEmail) {
    const link = `${config.publicBaseUrl}/public/confirm-payment/${token}`;
    const email = confirmationEmail(link, project.clientName, config.confirmationTtlHours);
    await enqueueMessage(tx, {
      channel: MessageChannel.EMAIL,
      recipient: project.clientEmail,
      subject: email.subject,
      body: email.body,
      secrets: [token],
      projectId: project.id,
      confirmationId: confirmation.id,
    });
    channels.push('EMAIL');
  }
  await recordAudit(tx, actor, {
    entityType: 'project',
    entityId: project.id,
    action: 'CONFIRMATION_ISSUED',
    newValue: { confirmationId: confirmation.id, expiresAt: confirmation.expiresAt.toISOString(), channels },
  });
  announceProjectChanged(tx, project.id);
  return { confirmationId: confirmation.id, smsQueued: channels.includes('SMS'), emailQueued: channels.includes('EMAIL') };
}

/** A CERTIFIED project whose FINAL payment is in gets its confirmation (certified after paying). */
export async function issueConfirmationIfPaid(tx: TxContext, project: Project, actor: Actor): Promise<IssuedConfirmation | null> {
  const facts = await loadLifecycleFacts(tx.manager, project.id, { needs: ['hasFinalPayment'] });
  return facts.hasFinalPayment ? issueConfirmation(tx, project, actor) : null;
}

/**
 * An admin sends a fresh confirmation (the client lost it, or it expired): the old token is
 * revoked. Only a CERTIFIED project with its FINAL payment can be waiting for one.
 */
export async function resendConfirmation(ctx: RequestContext, projectId: string): Promise<Project> {
  const actor = personActor(ctx);
  return runInTransaction(ctx, async (tx) => {
    const project = await lockProject(tx, projectId);
    const issued = project.status === ProjectStatus.CERTIFIED ? await issueConfirmationIfPaid(tx, project, actor) : null;
    if (!issued) throw new InvalidTransitionError("Only a CERTIFIED project with its FINAL payment waits for the client's confirmation");
    return project;
  });
}

export type ConfirmVia = { channel: 'SMS'; fromPhone: string; messageSid: string } | { channel: 'EMAIL' };

export type ConfirmResult = { confirmed: true; project: Project } | { confirmed: false; reason: string };

/** An open confirmation for this token, if any; read-only (the GET page uses it). */
export async function findOpenConfirmation(ctx: RequestContext, token: string): Promise<Confirmation | null> {
  const confirmation = await (ctx.manager ?? ctx.dataSource.manager).getRepository(Confirmation).findOneBy({ tokenHash: hashConfirmationToken(ctx.config, token) });
  return confirmation && isOpen(confirmation) ? confirmation : null;
}

function isOpen(confirmation: Confirmation): boolean {
  return !confirmation.usedAt && !confirmation.revokedAt && confirmation.expiresAt.getTime() > Date.now();
}

/**
 * The client confirms (SMS reply or the e-mailed link; both come here): CERTIFIED -> ACTIVE
 * by SYSTEM_TWILIO or SYSTEM_EMAIL, and the token is used up. An unknown, used, revoked or
 * expired token, or an SMS from another number, changes nothing.
 */
export async function confirmByToken(ctx: RequestContext, token: string, via: ConfirmVia): Promise<ConfirmResult> {
  return runInTransaction(ctx, async (tx) => {
    const found = await findOpenConfirmation(tx, token);
    if (!found) return { confirmed: false, reason: 'unknown, used or expired token' };
    // Project first, then the confirmation: the same lock order as issuing one.
    const project = await lockProject(tx, found.projectId);
    const confirmation = await tx.manager.getRepository(Confirmation).findOne({ where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
    if (!confirmation || !isOpen(confirmation)) return { confirmed: false, reason: 'unknown, used or expired token' };
    if (via.channel === 'SMS' && !samePhone(via.fromPhone, project.clientPhone)) {
      return { confirmed: false, reason: "reply did not come from the client's phone" };
    }
    if (project.status !== ProjectStatus.CERTIFIED) return { confirmed: false, reason: `project is ${project.status}` };
    const actor = via.channel === 'SMS' ? systemActor(ActorType.SYSTEM_TWILIO, via.messageSid) : systemActor(ActorType.SYSTEM_EMAIL, confirmation.id);
    let activated: Project;
    try {
      activated = await applyTransition(tx, project, ProjectStatus.ACTIVE, actor, null, { clientConfirmed: true });
    } catch (error) {
      if (error instanceof DomainError) return { confirmed: false, reason: error.message };
      throw error;
    }
    await tx.manager.getRepository(Confirmation).update({ id: confirmation.id }, { usedAt: () => 'now()', usedVia: via.channel });
    return { confirmed: true, project: activated };
  });
}

/**
 * A wrong `TAIP` code from a client's phone counts against that client's open
 * confirmations; after MAX_WRONG_ATTEMPTS the confirmation is revoked (guessing stops there).
 */
export async function recordWrongAttempt(tx: TxContext, fromPhone: string): Promise<void> {
  const digits = fromPhone.replace(/\D/g, '');
  if (digits.length < 7) return;
  await tx.manager.query(
    `UPDATE confirmations c
        SET failed_attempts = c.failed_attempts + 1,
            revoked_at = CASE WHEN c.failed_attempts + 1 >= $2 THEN now() ELSE NULL END
       FROM projects p
      WHERE p.id = c.project_id
        AND regexp_replace(coalesce(p.client_phone, ''), '\\D', '', 'g') = $1
        AND c.used_at IS NULL AND c.revoked_at IS NULL`,
    [digits, MAX_WRONG_ATTEMPTS],
  );
}
