import { registerEnumType } from 'type-graphql';

export enum PaymentType {
  DEPOSIT = 'DEPOSIT',
  FINAL = 'FINAL',
}

export enum PaymentProvider {
  STRIPE = 'STRIPE',
  MANUAL = 'MANUAL',
}

export enum PaymentStatus {
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  REFUNDED = 'REFUNDED',
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
}

export enum PaymentMethod {
  CARD = 'CARD',
  CASH = 'CASH',
  BANK_TRANSFER = 'BANK_TRANSFER',
}

registerEnumType(PaymentType, { name: 'PaymentType' });
registerEnumType(PaymentProvider, { name: 'PaymentProvider' });
registerEnumType(PaymentStatus, { name: 'PaymentStatus' });
registerEnumType(PaymentMethod, { name: 'PaymentMethod' });
