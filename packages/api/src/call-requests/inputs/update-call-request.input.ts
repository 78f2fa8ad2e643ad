import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CallRequestStatus } from '../call-request.enums';

@InputType('UpdateCallRequestInput', { description: 'Omitted fields stay as they are; note: null clears the note.' })
export class UpdateCallRequestInput {
  @Field(() => ID)
  id!: string;

  @Field(() => CallRequestStatus, { nullable: true })
  status?: CallRequestStatus | null;

  @Field(() => String, { nullable: true, description: 'Up to 2000 characters.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}
