import { createHash } from 'node:crypto';
import { personActor } from '../audit/actor';
import { runInTransaction } from '../core/db/transaction';
import { BadUserInputError, ConflictError } from '../core/errors/domain-error';
import type { RequestContext } from '../core/context/request-context';
import { assertFinanceAccess } from '../finance/finance-access';
import { Project } from '../projects/project.entity';
import type { QuickPaymentInput } from './inputs/quick-payment.input';
import { PaymentMethod, PaymentProvider } from './payment.enums';
import { Payment } from './payment.entity';
import { recordPayment } from './payment.service';
import type { QuickPaymentResult } from './quick-payment-result.type';

/** A little clock skew between the admin's device and the server is tolerated. */
const FUTURE_SKEW_MS = 5 * 60_000;

/** What makes two requests "the same input" for an idempotency key. */
export function quickPaymentFingerprint(input: QuickPaymentInput): string {
  const canonical = [input.projectId, input.paymentType, input.amount, input.currency.toLowerCase(), input.method, input.receivedAt?.toISOString() ?? null, input.note ?? null];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/**
 * `recordQuickPayment`: cash or bank transfer recorded by an admin, with the same effects as
 * a Stripe payment (DEPOSIT: DRAFT -> PAID; FINAL on CERTIFIED: confirmation by SMS and e-mail).
 * The idempotency key is claimed in the same transaction: a concurrent request with the key
 * waits for it, then gets its stored result; if this one fails, nothing (not even the key) remains.
 */
export async function recordQuickPayment(ctx: RequestContext, input: QuickPaymentInput): Promise<QuickPaymentResult> {
  assertFinanceAccess(ctx);
  const actor = personActor(ctx);
  if (input.receivedAt && input.receivedAt.getTime() > Date.now() + FUTURE_SKEW_MS) {
    throw new BadUserInputError('receivedAt cannot be in the future', { field: 'receivedAt' });
  }
  const fingerprint = quickPaymentFingerprint(input);
  return runInTransaction(ctx, async (tx) => {
    const claimed: unknown[] = await tx.manager.query(
      `INSERT INTO quick_payment_requests (idempotency_key, request_hash, created_by) VALUES ($1, $2, $3)
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING idempotency_key`,
      [input.idempotencyKey, fingerprint, actor.id],
    );
    if (claimed.length === 0) {
      const [stored] = (await tx.manager.query(`SELECT request_hash, payment_id, email_queued FROM quick_payment_requests WHERE idempotency_key = $1`, [
        input.idempotencyKey,
      ])) as Array<{ request_hash: string; payment_id: string; email_queued: boolean }>;
      if (stored!.request_hash !== fingerprint) throw new ConflictError('This idempotencyKey was already used with different input');
      const payment = await tx.manager.getRepository(Payment).findOneByOrFail({ id: stored!.payment_id });
      const project = await tx.manager.getRepository(Project).findOneByOrFail({ id: payment.projectId });
      return { replayed: true, emailQueued: stored!.email_queued, payment, project };
    }

    const recorded = await recordPayment(
      tx,
      {
        projectId: input.projectId,
        provider: PaymentProvider.MANUAL,
        providerReference: `quick:${input.idempotencyKey}`,
        paymentType: input.paymentType,
        amount: input.amount,
        currency: input.currency.toLowerCase(),
        receivedAt: input.receivedAt ?? new Date(),
        method: PaymentMethod[input.method],
      },
      actor,
      input.note,
    );
    await tx.manager.query(`UPDATE quick_payment_requests SET payment_id = $2, email_queued = $3 WHERE idempotency_key = $1`, [
      input.idempotencyKey,
      recorded.payment.id,
      recorded.emailQueued,
    ]);
    return { replayed: false, emailQueued: recorded.emailQueued, payment: recorded.payment, project: recorded.project };
  });
}
