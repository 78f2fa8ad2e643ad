import { IsOptional } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../core/graphql/connection';
import { CallRequestSource, CallRequestStatus } from '../call-request.enums';

@InputType('CallRequestFilter')
export class CallRequestFilter {
  @Field(() => CallRequestStatus, { nullable: true })
  status?: CallRequestStatus | null;

  @Field(() => CallRequestSource, { nullable: true })
  source?: CallRequestSource | null;
}

@ArgsType()
export class CallRequestsArgs extends ConnectionArgs {
  @Field(() => CallRequestFilter, { nullable: true })
  @IsOptional()
  filter?: CallRequestFilter | null;
}
