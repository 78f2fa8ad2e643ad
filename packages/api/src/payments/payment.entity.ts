import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PaymentMethod, PaymentProvider, PaymentStatus, PaymentType } from './payment.enums';

@Entity({ name: 'payments' })
@ObjectType('Payment', { description: 'Money received for a project. Amounts are in minor units (cents).' })
export class Payment {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  @Field(() => ID)
  projectId!: string;

  @Column({ name: 'provider', type: 'text' })
  @Field(() => PaymentProvider)
  provider!: PaymentProvider;

  /** Stripe payment intent id, or the quick payment's idempotency key. */
  @Column({ name: 'provider_reference', type: 'text' })
  providerReference!: string;

  @Column({ name: 'payment_type', type: 'text' })
  @Field(() => PaymentType)
  paymentType!: PaymentType;

  @Column({ name: 'method', type: 'text', nullable: true })
  @Field(() => PaymentMethod, { nullable: true })
  method!: PaymentMethod | null;

  @Column({ name: 'amount', type: 'integer' })
  @Field(() => Int)
  amount!: number;

  @Column({ name: 'refunded_amount', type: 'integer', default: 0 })
  @Field(() => Int)
  refundedAmount!: number;

  @Column({ name: 'currency', type: 'char', length: 3 })
  @Field(() => String, { description: 'ISO 4217, lower case' })
  currency!: string;

  @Column({ name: 'status', type: 'text' })
  @Field(() => PaymentStatus)
  status!: PaymentStatus;

  @Column({ name: 'received_at', type: 'timestamptz' })
  @Field(() => Date)
  receivedAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
