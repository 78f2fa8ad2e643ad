import { registerEnumType } from 'type-graphql';

/** Who made a change: a person (by role) or a system integration. */
export enum ActorType {
  ADMIN = 'ADMIN',
  CONTRACTOR = 'CONTRACTOR',
  EXPERT = 'EXPERT',
  CLIENT = 'CLIENT',
  SYSTEM_STRIPE = 'SYSTEM_STRIPE',
  SYSTEM_TWILIO = 'SYSTEM_TWILIO',
  SYSTEM_EMAIL = 'SYSTEM_EMAIL',
  SYSTEM = 'SYSTEM',
}

registerEnumType(ActorType, { name: 'ActorType' });
