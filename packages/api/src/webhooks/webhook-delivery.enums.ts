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

registerEnumType(WebhookProvider, { name: 'WebhookProvider' });
registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus' });
