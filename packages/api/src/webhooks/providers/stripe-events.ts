import { systemActor } from '../../audit/actor';
import { ActorType } from '../../audit/actor-type.enum';
import { isUuid } from '../../core/validation/is-uuid';
import { WebhookDeliveryStatus } from '../webhook-delivery.enums';
import type { DeliveryHandler, HandlerOutcome } from '../webhook-delivery.service';
import { PermanentWebhookError } from '../webhook-errors';
import { PaymentMethod, PaymentProvider, PaymentType } from '../../payments/payment.enums';
import { recordFailedPayment, recordPayment, recordRefund, type IncomingPayment } from '../../payments/payment.service';

/** The parts of a Stripe event we read, validated at the boundary. https://docs.stripe.com/api/events/object */
interface StripeEventEnvelope {
  id: string;
  type: string;
  created: number;
  data: { object: Record<string, unknown> };
}

export function isStripeEvent(value: unknown): value is StripeEventEnvelope {
  const event = value as StripeEventEnvelope | null;
  return (
    typeof event?.id === 'string' && typeof event.type === 'string' && typeof event.created === 'number' && typeof event.data?.object === 'object' && event.data.object !== null
  );
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** A payment intent's project and payment type come from its metadata, set when our checkout created it. */
function paymentFromIntent(event: StripeEventEnvelope, amountField: 'amount_received' | 'amount'): IncomingPayment {
  const intent = event.data.object;
  const metadata = (intent.metadata ?? {}) as Record<string, unknown>;
  const projectId = str(metadata.project_id);
  const paymentType = str(metadata.payment_type)?.toUpperCase();
  const intentId = str(intent.id);
  const amount = intent[amountField];
  const currency = str(intent.currency);
  if (!intentId) throw new PermanentWebhookError('payment intent without an id');
  if (!projectId || !isUuid(projectId)) throw new PermanentWebhookError('metadata.project_id is missing or not a project id');
  if (paymentType !== PaymentType.DEPOSIT && paymentType !== PaymentType.FINAL) throw new PermanentWebhookError('metadata.payment_type must be DEPOSIT or FINAL');
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0) throw new PermanentWebhookError(`${amountField} must be a positive amount in minor units`);
  if (!currency || !/^[a-z]{3}$/i.test(currency)) throw new PermanentWebhookError('currency is missing');
  return {
    projectId,
    provider: PaymentProvider.STRIPE,
    providerReference: intentId,
    paymentType,
    amount,
    currency: currency.toLowerCase(),
    receivedAt: new Date(event.created * 1000),
    method: PaymentMethod.CARD,
  };
}

/** Stripe events, from a signed delivery or an admin's replay. */
export const handleStripeEvent: DeliveryHandler = async (tx, delivery): Promise<HandlerOutcome> => {
  const event = delivery.payload;
  if (!isStripeEvent(event)) throw new PermanentWebhookError('not a Stripe event');
  const actor = systemActor(ActorType.SYSTEM_STRIPE, event.id);
  switch (event.type) {
    case 'payment_intent.succeeded': {
      const recorded = await recordPayment(tx, paymentFromIntent(event, 'amount_received'), actor);
      return { status: WebhookDeliveryStatus.PROCESSED, outcome: recorded.outcome };
    }
    case 'payment_intent.payment_failed': {
      const reason = str((event.data.object.last_payment_error as Record<string, unknown> | null)?.message) ?? null;
      const outcome = await recordFailedPayment(tx, paymentFromIntent(event, 'amount'), actor, reason);
      return { status: WebhookDeliveryStatus.PROCESSED, outcome };
    }
    case 'charge.refunded': {
      const charge = event.data.object;
      const intentId = str(charge.payment_intent);
      const refundedTotal = charge.amount_refunded;
      if (!intentId || typeof refundedTotal !== 'number') throw new PermanentWebhookError('charge without payment_intent or amount_refunded');
      const result = await recordRefund(tx, { provider: PaymentProvider.STRIPE, providerReference: intentId, refundedTotal }, actor);
      if (!result.payment) throw new PermanentWebhookError(`no payment recorded for payment intent ${intentId}`);
      return { status: WebhookDeliveryStatus.PROCESSED, outcome: result.outcome };
    }
    default:
      return { status: WebhookDeliveryStatus.IGNORED, outcome: `unhandled event type ${event.type}` };
  }
};
