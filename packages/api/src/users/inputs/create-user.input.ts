import { IsEmail, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Role } from '../../core/auth/role';
import { E164 } from '../../core/validation/e164';

@InputType('CreateUserInput', { description: 'A new user receives an e-mail with a link to set their password (valid 7 days).' })
export class CreateUserInput {
  @Field(() => String, { description: 'Unique, case-insensitive.' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +37060000000' })
  @IsOptional()
  @Matches(E164, { message: 'phone must be in E.164 format, e.g. +37060000000' })
  phone?: string | null;
}
