import { Field, ObjectType } from 'type-graphql';
import { Project } from '../projects/project.entity';
import { Payment } from './payment.entity';

@ObjectType('QuickPaymentResult')
export class QuickPaymentResult {
  @Field(() => Boolean, { description: 'True when this is the stored result of an earlier call with the same idempotency key' })
  replayed!: boolean;

  @Field(() => Boolean, { description: 'A confirmation e-mail was written to the outbox' })
  emailQueued!: boolean;

  @Field(() => Payment)
  payment!: Payment;

  @Field(() => Project)
  project!: Project;
}
