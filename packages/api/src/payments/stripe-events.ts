import type { DeliveryHandler } from '../webhooks/webhook-delivery.service';

export const handleStripeEvent: DeliveryHandler = async () => {
  throw new Error('not implemented');
};
