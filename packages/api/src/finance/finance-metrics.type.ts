import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('DailyVolume')
export class DailyVolume {
  @Field(() => String, { description: 'YYYY-MM-DD in BUSINESS_TIMEZONE' })
  date!: string;

  @Field(() => Int, { description: 'Received minus refunds recorded that day, minor units' })
  amount!: number;

  @Field(() => Int, { description: 'Succeeded payments received that day' })
  count!: number;
}

@ObjectType('FinanceMetrics')
export class FinanceMetrics {
  @Field(() => Date, { nullable: true, description: 'When the newest movement counted was recorded; null when there is none' })
  asOf!: Date | null;

  @Field(() => String)
  currency!: string;

  @Field(() => Int, { description: 'Succeeded payments minus refunds in the window, minor units' })
  totalReceived!: number;

  @Field(() => Int)
  paymentCount!: number;

  @Field(() => Float, { description: 'Manual ÷ all, by gross amount; 0 when there is nothing' })
  manualRatio!: number;

  @Field(() => [DailyVolume], { description: 'One entry per day, oldest first, zeros included' })
  dailyVolume!: DailyVolume[];

  @Field(() => Int, { description: 'Per subscription, +1 per snapshot sent: a gap means a snapshot was skipped (0 for queries)' })
  sequence!: number;
}
