import { IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../../core/auth/role';
import { E164 } from '../../core/validation/e164';

@InputType('UpdateUserInput', { description: "Omitted fields stay as they are; phone: null clears it. Deactivating revokes the user's sessions." })
export class UpdateUserInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +37060000000' })
  @IsOptional()
  @Matches(E164, { message: 'phone must be in E.164 format, e.g. +37060000000' })
  phone?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}
