import { handleChatEvent } from './providers/chat.endpoint';
import { handleStripeEvent } from './providers/stripe-events';
import { handleInboundSms } from './providers/twilio-sms.endpoint';
import { handleInboundCall } from './providers/twilio-voice.endpoint';
import { TWILIO_EVENT, WebhookProvider } from './webhook-delivery.enums';
import type { WebhookDelivery } from './webhook-delivery.entity';
import type { DeliveryHandler } from './webhook-delivery.service';

/** The handler for a stored delivery: the same one for the provider's call and an admin's replay. */
export function handlerFor(delivery: WebhookDelivery): DeliveryHandler {
  switch (delivery.provider) {
    case WebhookProvider.STRIPE:
      return handleStripeEvent;
    case WebhookProvider.TWILIO:
      return delivery.eventType === TWILIO_EVENT.voice ? handleInboundCall : handleInboundSms;
    case WebhookProvider.CHAT:
      return handleChatEvent;
  }
}
