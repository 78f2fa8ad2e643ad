import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ProjectStatus } from '../project-status.enum';

@InputType('TransitionProjectStatusInput')
export class TransitionProjectStatusInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => ProjectStatus)
  newStatus!: ProjectStatus;

  @Field(() => String, { nullable: true, description: 'Kept in the audit entry.' })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}
