import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_METRICS_DAYS } from './finance-metrics.service';

@ArgsType()
export class FinanceMetricsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 30, description: `Calendar days including today, 1 to ${MAX_METRICS_DAYS}` })
  @Min(1)
  @Max(MAX_METRICS_DAYS)
  days?: number | null;
}
