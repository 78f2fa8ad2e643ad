import type { Actor } from '../audit/actor';
import { recordAudit, type AuditEntry } from '../audit/audit.service';
import type { TxContext } from '../core/db/transaction';
import { ConflictError } from '../core/errors/domain-error';
import { announceProjectChanged } from '../projects/project-events';
import { recordMoneyIn, recordMoneyOut, type LedgerPayment } from '../finance/ledger.service';
import { issueConfirmation } from '../confirmations/confirmation.service';
import { ProjectStatus } from '../projects/project-status.enum';
import type { Project } from '../projects/project.entity';
import { applyTransition, lockProject } from '../projects/project.service';
import { PaymentMethod, PaymentProvider, PaymentStatus, PaymentType } from './payment.enums';
import { Payment } from './payment.entity';

export interface IncomingPayment {
  projectId: string;
  provider: PaymentProvider;
  /** Stripe payment intent id, or the quick payment's idempotency key. */
  providerReference: string;
  paymentType: PaymentType;
  amount: number;
  currency: string;
  receivedAt: Date;
  method: PaymentMethod | null;
}

export interface RecordedPayment {
  payment: Payment;
  project: Project;
  /** False when this payment was already recorded (a duplicate delivery). */
  created: boolean;
  emailQueued: boolean;
  /** What happened, in words, for the webhook delivery log. */
  outcome: string;
}

/** What the audit log keeps of a recorded payment (the seed writes the same). */
export function paymentSnapshot(payment: Pick<Payment, 'amount' | 'currency' | 'paymentType' | 'provider' | 'providerReference' | 'status' | 'receivedAt'>) {
  return {
    amount: payment.amount,
    currency: payment.currency,
    paymentType: payment.paymentType,
    provider: payment.provider,
    providerReference: payment.providerReference,
    status: payment.status,
    receivedAt: payment.receivedAt.toISOString(),
  };
}

/**
 * Records money received for a project and applies its lifecycle effects, in the
 * caller's transaction and under the project's row lock: a DEPOSIT moves DRAFT -> PAID,
 * a FINAL on a CERTIFIED project issues the client confirmation. A payment for a project
 * in another state is recorded and audited without a transition. The same payment twice
 * is harmless; the same reference with another amount is refused (CONFLICT), not absorbed.
 * The ledger posting comes last: the day's roll-up row is shared by every payment of the day
 * and stays locked until commit, so concurrent deliveries wait on it briefly (issue 12).
 */
export async function recordPayment(tx: TxContext, incoming: IncomingPayment, actor: Actor, note?: string | null): Promise<RecordedPayment> {
  const project = await lockProject(tx, incoming.projectId);
  let payment = await insertPayment(tx, incoming);
  let replaced = false;
  if (!payment) {
    // Rare paths only: the reference is on record, as a failed attempt or as this very payment.
    const existing = await lockExistingPayment(tx, incoming);
    if (existing.status !== PaymentStatus.FAILED) {
      assertSamePayment(existing, incoming);
      return { payment: existing, project, created: false, emailQueued: false, outcome: 'payment already recorded' };
    }
    payment = await replaceFailedPayment(tx, existing, incoming);
    replaced = true;
  }

  const audit: AuditEntry = {
    entityType: 'payment',
    entityId: payment.id,
    projectId: project.id,
    action: 'PAYMENT_RECORDED',
    oldValue: replaced ? { status: PaymentStatus.FAILED } : null,
    newValue: paymentSnapshot(payment),
    note: note ?? null,
  };
  announceProjectChanged(tx, project.id);

  if (payment.paymentType === PaymentType.DEPOSIT && project.status === ProjectStatus.DRAFT) {
    // The deposit just written under the project's lock is the guard's fact; its audit entry goes in the transition's INSERT.
    const moved = await applyTransition(tx, project, ProjectStatus.PAID, actor, null, { established: { hasDepositPayment: true }, auditBefore: [audit] });
    await recordMoneyIn(tx, ledgerPayment(payment));
    return { payment, project: moved, created: true, emailQueued: false, outcome: `DEPOSIT recorded; project ${project.id} DRAFT -> PAID` };
  }
  await recordAudit(tx, actor, audit);
  await recordMoneyIn(tx, ledgerPayment(payment));
  if (payment.paymentType === PaymentType.FINAL && project.status === ProjectStatus.CERTIFIED) {
    const issued = await issueConfirmation(tx, project, actor);
    return { payment, project, created: true, emailQueued: issued.emailQueued, outcome: `FINAL recorded; client confirmation issued for project ${project.id}` };
  }
  return {
    payment,
    project,
    created: true,
    emailQueued: false,
    outcome: `${payment.paymentType} recorded without a transition: project ${project.id} is ${project.status}`,
  };
}

/**
 * The payment as a new row, or null when its (provider, reference, type) is already on record.
 * One statement instead of a look-up then an insert; the unique constraint decides (issue 12).
 */
async function insertPayment(tx: TxContext, incoming: IncomingPayment): Promise<Payment | null> {
  const currency = incoming.currency.toLowerCase();
  const rows: Array<{ id: string; created_at: Date }> = await tx.manager.query(
    `INSERT INTO payments (project_id, provider, provider_reference, payment_type, method, amount, refunded_amount, currency, status, received_at)
     VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $8, $9)
     ON CONFLICT (provider, provider_reference, payment_type) DO NOTHING
     RETURNING id, created_at`,
    [
      incoming.projectId,
      incoming.provider,
      incoming.providerReference,
      incoming.paymentType,
      incoming.method,
      incoming.amount,
      currency,
      PaymentStatus.SUCCEEDED,
      incoming.receivedAt,
    ],
  );
  const row = rows[0];
  if (!row) return null;
  return Object.assign(new Payment(), {
    id: row.id,
    projectId: incoming.projectId,
    provider: incoming.provider,
    providerReference: incoming.providerReference,
    paymentType: incoming.paymentType,
    method: incoming.method,
    amount: incoming.amount,
    refundedAmount: 0,
    currency,
    status: PaymentStatus.SUCCEEDED,
    receivedAt: incoming.receivedAt,
    createdAt: row.created_at,
  });
}

async function lockExistingPayment(tx: TxContext, incoming: IncomingPayment): Promise<Payment> {
  const existing = await tx.manager.getRepository(Payment).findOne({
    where: { provider: incoming.provider, providerReference: incoming.providerReference, paymentType: incoming.paymentType },
    lock: { mode: 'pessimistic_write' },
  });
  if (!existing) throw new Error(`payment ${incoming.providerReference} (${incoming.paymentType}) conflicted but is not on record`);
  return existing;
}

/** A later success of an intent whose attempt failed replaces the FAILED row. */
function replaceFailedPayment(tx: TxContext, failed: Payment, incoming: IncomingPayment): Promise<Payment> {
  const repository = tx.manager.getRepository(Payment);
  return repository.save(
    repository.merge(failed, {
      projectId: incoming.projectId,
      method: incoming.method,
      amount: incoming.amount,
      refundedAmount: 0,
      currency: incoming.currency.toLowerCase(),
      status: PaymentStatus.SUCCEEDED,
      receivedAt: incoming.receivedAt,
    }),
  );
}

/** The same payment twice is harmless; the same reference with another amount, currency or project is refused, not absorbed. */
function assertSamePayment(existing: Payment, incoming: IncomingPayment): void {
  if (existing.amount !== incoming.amount || existing.currency !== incoming.currency || existing.projectId !== incoming.projectId) {
    throw new ConflictError(
      `${incoming.providerReference} (${incoming.paymentType}) was recorded as ${existing.amount} ${existing.currency} for project ${existing.projectId}; ` +
        `refusing ${incoming.amount} ${incoming.currency} for project ${incoming.projectId}`,
    );
  }
}

/** A failed payment attempt: kept for the record (no transition); a later success of the same intent replaces it. */
export async function recordFailedPayment(tx: TxContext, incoming: IncomingPayment, actor: Actor, reason: string | null): Promise<string> {
  const project = await lockProject(tx, incoming.projectId);
  const inserted: Array<{ id: string }> = await tx.manager.query(
    `INSERT INTO payments (project_id, provider, provider_reference, payment_type, method, amount, currency, status, received_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'FAILED', $8)
     ON CONFLICT DO NOTHING RETURNING id`,
    [project.id, incoming.provider, incoming.providerReference, incoming.paymentType, incoming.method, incoming.amount, incoming.currency.toLowerCase(), incoming.receivedAt],
  );
  if (!inserted[0]) return `payment attempt ${incoming.providerReference} already on record`;
  await recordAudit(tx, actor, {
    entityType: 'payment',
    entityId: inserted[0].id,
    projectId: project.id,
    action: 'PAYMENT_FAILED',
    newValue: { amount: incoming.amount, currency: incoming.currency, paymentType: incoming.paymentType, reason },
  });
  announceProjectChanged(tx, project.id);
  return `failed ${incoming.paymentType} attempt recorded for project ${project.id}; no transition`;
}

export interface IncomingRefund {
  provider: PaymentProvider;
  providerReference: string;
  /** Cumulative amount refunded so far, as the provider reports it. */
  refundedTotal: number;
}

/**
 * Applies a provider's cumulative refund total to its payment. Cumulative totals make
 * repeats and out-of-order deliveries harmless: an older, smaller total changes nothing.
 */
export async function recordRefund(tx: TxContext, refund: IncomingRefund, actor: Actor): Promise<{ outcome: string; payment: Payment | null }> {
  const repository = tx.manager.getRepository(Payment);
  const candidates = await repository.find({ where: { provider: refund.provider, providerReference: refund.providerReference } });
  const target = candidates.find((p) => p.status !== PaymentStatus.FAILED);
  if (!target) return { outcome: 'no payment recorded', payment: null };
  await lockProject(tx, target.projectId);
  const payment = await repository.findOneOrFail({ where: { id: target.id }, lock: { mode: 'pessimistic_write' } });
  const refunded = Math.min(refund.refundedTotal, payment.amount);
  if (refunded <= payment.refundedAmount) {
    return { outcome: `refund total ${refund.refundedTotal} is not above the ${payment.refundedAmount} already recorded`, payment };
  }
  const before = { refundedAmount: payment.refundedAmount, status: payment.status };
  await recordMoneyOut(tx, ledgerPayment(payment), refunded - payment.refundedAmount);
  payment.refundedAmount = refunded;
  payment.status = refunded >= payment.amount ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
  await repository.save(payment);
  await recordAudit(tx, actor, {
    entityType: 'payment',
    entityId: payment.id,
    projectId: payment.projectId,
    action: 'PAYMENT_REFUNDED',
    oldValue: before,
    newValue: { refundedAmount: payment.refundedAmount, status: payment.status },
  });
  announceProjectChanged(tx, payment.projectId);
  return { outcome: `refund recorded: ${refunded} of ${payment.amount} ${payment.currency}`, payment };
}

function ledgerPayment(payment: Payment): LedgerPayment {
  return { id: payment.id, amount: payment.amount, currency: payment.currency, receivedAt: payment.receivedAt, manual: payment.provider === PaymentProvider.MANUAL };
}
