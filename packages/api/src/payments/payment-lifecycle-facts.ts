import type { LifecycleFactSource } from '../projects/lifecycle-facts';
import { PaymentStatus, PaymentType } from './payment.enums';
import type { Payment } from './payment.entity';
import { paymentsByProject } from './payments-by-project.loader';

/** A payment that counts as money received (a partial refund still leaves a paid deposit). */
const COUNTS_AS_PAID = [PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED];

function paid(payments: readonly Payment[], type: PaymentType): boolean {
  return payments.some((payment) => payment.paymentType === type && COUNTS_AS_PAID.includes(payment.status));
}

/** What the lifecycle's guards know from payments: a paid DEPOSIT, a paid FINAL. */
export const paymentLifecycleFacts: LifecycleFactSource = {
  provides: ['hasDepositPayment', 'hasFinalPayment'],
  async forRequest(ctx, projectId) {
    const payments = await ctx.loaders.get(paymentsByProject).load(projectId);
    return { hasDepositPayment: paid(payments, PaymentType.DEPOSIT), hasFinalPayment: paid(payments, PaymentType.FINAL) };
  },
  async inTransaction(manager, projectId) {
    const [row] = (await manager.query(
      `SELECT EXISTS (SELECT 1 FROM payments WHERE project_id = $1 AND payment_type = $3 AND status = ANY($2)) AS deposit,
              EXISTS (SELECT 1 FROM payments WHERE project_id = $1 AND payment_type = $4 AND status = ANY($2)) AS final`,
      [projectId, COUNTS_AS_PAID, PaymentType.DEPOSIT, PaymentType.FINAL],
    )) as Array<{ deposit: boolean; final: boolean }>;
    return { hasDepositPayment: row!.deposit, hasFinalPayment: row!.final };
  },
};
