import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../core/auth/role';
import { connectionTypes } from '../core/graphql/connection';
import type { RequestContext } from '../core/context/request-context';
import { CreateUserInput } from './inputs/create-user.input';
import { UpdateUserInput } from './inputs/update-user.input';
import { UsersArgs } from './inputs/users.args';
import { User } from './user.entity';
import { createUser, listUsers, resendInvitation, updateUser } from './user.service';

export const { ConnectionType: UserConnection, EdgeType: UserEdge } = connectionTypes(User, 'User');

@Resolver(() => User)
export class UserResolver {
  @Authorized(Role.ADMIN)
  @Query(() => UserConnection, { description: 'Users, newest first; inactive ones included unless filtered.' })
  users(@Args(() => UsersArgs) args: UsersArgs, @Ctx() ctx: RequestContext) {
    return listUsers(ctx, args);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: 'Adds a user (active, assignable at once) and e-mails them a set-password link. CONFLICT when the e-mail is in use.' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: RequestContext) {
    return createUser(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "Changes name, phone, role or active; deactivating revokes the user's sessions." })
  updateUser(@Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() ctx: RequestContext) {
    return updateUser(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: 'E-mails an active user a new set-password link (7 days); earlier links stop working.' })
  resendInvitation(@Arg('userId', () => ID) userId: string, @Ctx() ctx: RequestContext) {
    return resendInvitation(ctx, userId);
  }
}
