import { registerEnumType } from 'type-graphql';

export enum CallRequestSource {
  PHONE = 'PHONE',
  CHAT = 'CHAT',
}

export enum CallRequestStatus {
  NEW = 'NEW',
  CONTACTED = 'CONTACTED',
  SCHEDULED = 'SCHEDULED',
  CLOSED = 'CLOSED',
}

registerEnumType(CallRequestSource, { name: 'CallRequestSource' });
registerEnumType(CallRequestStatus, { name: 'CallRequestStatus' });
