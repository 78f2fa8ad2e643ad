import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../core/graphql/connection';
import { ProjectStatus } from '../project-status.enum';

@InputType('ProjectFilter')
export class ProjectFilter {
  @Field(() => ProjectStatus, { nullable: true })
  status?: ProjectStatus | null;

  @Field(() => String, { nullable: true, description: 'Matches client name, e-mail, phone, address and service type.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}

@ArgsType()
export class ProjectsArgs extends ConnectionArgs {
  @Field(() => ProjectFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ProjectFilter | null;
}
