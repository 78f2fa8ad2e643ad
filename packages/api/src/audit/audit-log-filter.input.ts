import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../core/graphql/connection';

@InputType('AuditLogFilter')
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'project, payment, evidence, margin_rule, ...' })
  @IsOptional()
  @MaxLength(50)
  entityType?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'ADMIN, CONTRACTOR, EXPERT, CLIENT, SYSTEM_STRIPE, SYSTEM_TWILIO, SYSTEM_EMAIL, SYSTEM' })
  @IsOptional()
  @MaxLength(50)
  actorType?: string | null;

  @Field(() => Date, { nullable: true, description: 'Entries created at or after' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Entries created before' })
  to?: Date | null;
}

@ArgsType()
export class AuditLogsArgs extends ConnectionArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  filter?: AuditLogFilter | null;
}
