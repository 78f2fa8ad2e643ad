import type { EntityManager } from 'typeorm';
import { EvidenceCategory } from '../evidences/evidence-category.enum';
import type { Evidence } from '../evidences/evidence.entity';
import { PaymentStatus, PaymentType } from '../payments/payment.enums';
import type { Payment } from '../payments/payment.entity';
import type { LifecycleFacts } from './project-lifecycle';

/** A payment that counts as money received (a partial refund still leaves a paid deposit). */
const COUNTS_AS_PAID = new Set([PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED]);

/** Facts from lists already loaded (a page's batched payments and evidences): no extra query. */
export function factsFrom(payments: readonly Payment[], evidences: readonly Evidence[], clientConfirmed = false): LifecycleFacts {
  const paid = (type: PaymentType) => payments.some((p) => p.paymentType === type && COUNTS_AS_PAID.has(p.status));
  return {
    hasDepositPayment: paid(PaymentType.DEPOSIT),
    hasFinalPayment: paid(PaymentType.FINAL),
    certificationEvidenceCount: evidences.filter((e) => e.category === EvidenceCategory.EXPERT_CERTIFICATION).length,
    clientConfirmed,
  };
}

/** Facts read fresh inside a transaction, for a project whose row the caller has locked. */
export async function loadLifecycleFacts(manager: EntityManager, projectId: string, clientConfirmed = false): Promise<LifecycleFacts> {
  const [row] = (await manager.query(
    `SELECT
       EXISTS (SELECT 1 FROM payments WHERE project_id = $1 AND payment_type = 'DEPOSIT' AND status = ANY($2)) AS deposit,
       EXISTS (SELECT 1 FROM payments WHERE project_id = $1 AND payment_type = 'FINAL' AND status = ANY($2)) AS final,
       (SELECT count(*)::int FROM evidences WHERE project_id = $1 AND category = $3) AS certification_evidences`,
    [projectId, [...COUNTS_AS_PAID], EvidenceCategory.EXPERT_CERTIFICATION],
  )) as Array<{ deposit: boolean; final: boolean; certification_evidences: number }>;
  return {
    hasDepositPayment: row!.deposit,
    hasFinalPayment: row!.final,
    certificationEvidenceCount: row!.certification_evidences,
    clientConfirmed,
  };
}
