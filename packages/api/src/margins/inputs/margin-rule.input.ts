import { IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';

@InputType('MarginRuleInput', { description: 'Without id a new rule; with id, that rule changed.' })
export class MarginRuleInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => String)
  @Length(1, 100)
  serviceType!: string;

  @Field(() => Float)
  @Min(0)
  @Max(999.99)
  marginPercent!: number;

  @Field(() => Date)
  validFrom!: Date;

  @Field(() => Date, { nullable: true, description: 'Exclusive; null means open-ended' })
  validTo?: Date | null;
}
