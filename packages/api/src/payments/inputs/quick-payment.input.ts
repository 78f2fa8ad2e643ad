import { IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { PaymentType } from '../payment.enums';

export enum QuickPaymentMethod {
  CASH = 'CASH',
  BANK_TRANSFER = 'BANK_TRANSFER',
}

registerEnumType(QuickPaymentMethod, { name: 'QuickPaymentMethod' });

@InputType('QuickPaymentInput', { description: 'Money received outside Stripe (cash, bank transfer), recorded by an admin.' })
export class QuickPaymentInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => PaymentType)
  paymentType!: PaymentType;

  @Field(() => Int, { description: 'Minor units (cents)' })
  @Min(1)
  @Max(1_000_000_000)
  amount!: number;

  @Field(() => String, { description: 'ISO 4217, e.g. eur' })
  @Matches(/^[A-Za-z]{3}$/, { message: 'currency must be a 3-letter ISO 4217 code' })
  currency!: string;

  @Field(() => QuickPaymentMethod)
  method!: QuickPaymentMethod;

  @Field(() => String, { description: 'Chosen by the client per payment; a retry with the same key and input returns the first result.' })
  @Length(8, 200)
  idempotencyKey!: string;

  @Field(() => Date, { nullable: true, description: 'Defaults to now' })
  @IsOptional()
  receivedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}
