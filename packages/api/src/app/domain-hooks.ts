import { registerConfirmationEffects } from '../confirmations/confirmation-effects';
import { evidenceLifecycleFacts } from '../evidences/evidence-lifecycle-facts';
import { paymentLifecycleFacts } from '../payments/payment-lifecycle-facts';
import { registerLifecycleFactSource } from '../projects/lifecycle-facts';

/**
 * Joins the domains where a lower one must learn from a higher one without importing it:
 * the lifecycle's facts (payments, evidences) and effects (confirmations). Idempotent.
 */
export function wireDomainHooks(): void {
  registerLifecycleFactSource(paymentLifecycleFacts);
  registerLifecycleFactSource(evidenceLifecycleFacts);
  registerConfirmationEffects();
}
