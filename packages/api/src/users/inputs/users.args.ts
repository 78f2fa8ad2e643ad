import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { Role } from '../../core/auth/role';
import { ConnectionArgs } from '../../core/graphql/connection';

@InputType('UserFilter')
export class UserFilter {
  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'Omitted: active and inactive users.' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, e-mail or phone, case-insensitive.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => UserFilter, { nullable: true })
  @IsOptional()
  filter?: UserFilter | null;
}
