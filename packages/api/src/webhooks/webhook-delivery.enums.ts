import { registerEnumType } from 'type-graphql';

export enum WebhookProvider {
  STRIPE = 'STRIPE',
  TWILIO = 'TWILIO',
  CHAT = 'CHAT',
}

export enum WebhookDeliveryStatus {
  RECEIVED = 'RECEIVED',
  PROCESSED = 'PROCESSED',
  IGNORED = 'IGNORED',
  FAILED = 'FAILED',
  /** Bad, missing or stale signature, or an unreadable body: never acted on, not replayable. */
  REJECTED = 'REJECTED',
}

/** Twilio delivery kinds, stored as the delivery's event type. */
export const TWILIO_EVENT = { sms: 'sms.inbound', voice: 'voice.inbound' } as const;

registerEnumType(WebhookProvider, { name: 'WebhookProvider' });
registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus' });
