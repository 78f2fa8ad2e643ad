import { IsEmail, IsOptional, IsPositive, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { E164 } from '../../core/validation/e164';

@InputType('ClientInfoInput')
export class ClientInfoInput {
  @Field(() => String)
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @Field(() => String, { nullable: true, description: "The client's user id (token `sub`), when they have an account." })
  @IsOptional()
  @MaxLength(200)
  clientId?: string | null;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +37060000000' })
  @IsOptional()
  @Matches(E164, { message: 'phone must be in E.164 format, e.g. +37060000000' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  address?: string | null;
}

@InputType('CreateProjectInput')
export class CreateProjectInput {
  @Field(() => ClientInfoInput)
  @ValidateNested()
  clientInfo!: ClientInfoInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  serviceType?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsPositive()
  areaM2?: number | null;

  @Field(() => ID, { nullable: true, description: 'User id of a CONTRACTOR' })
  @IsOptional()
  @IsUUID()
  contractorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'User id of an EXPERT' })
  @IsOptional()
  @IsUUID()
  expertId?: string | null;
}
