import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../core/auth/role';
import { connectionTypes } from '../core/graphql/connection';
import type { RequestContext } from '../core/context/request-context';
import { CallRequest } from './call-request.entity';
import { listCallRequests, updateCallRequest } from './call-request.service';
import { CallRequestsArgs } from './inputs/call-requests.args';
import { UpdateCallRequestInput } from './inputs/update-call-request.input';

export const { ConnectionType: CallRequestConnection, EdgeType: CallRequestEdge } = connectionTypes(CallRequest, 'CallRequest');

@Resolver(() => CallRequest)
export class CallRequestResolver {
  @Authorized(Role.ADMIN)
  @Query(() => CallRequestConnection, { description: 'Phone calls and chat messages waiting for a call back, newest first.' })
  callRequests(@Args(() => CallRequestsArgs) args: CallRequestsArgs, @Ctx() ctx: RequestContext) {
    return listCallRequests(ctx, args);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CallRequest, { description: 'Changes status and/or note; NOT_FOUND for an unknown id.' })
  updateCallRequest(@Arg('input', () => UpdateCallRequestInput) input: UpdateCallRequestInput, @Ctx() ctx: RequestContext) {
    return updateCallRequest(ctx, input);
  }
}
