import { registerEnumType } from 'type-graphql';

export enum MessageChannel {
  SMS = 'SMS',
  EMAIL = 'EMAIL',
}

export enum OutboundMessageStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  /** Kept, not sent: no provider credentials outside production. */
  CAPTURED = 'CAPTURED',
}

registerEnumType(MessageChannel, { name: 'MessageChannel' });
registerEnumType(OutboundMessageStatus, { name: 'OutboundMessageStatus' });
