import { authFailureMessage } from '../core/auth/authenticate';
import { Ctx, Query, Resolver } from 'type-graphql';
import { UnauthenticatedError } from '../core/errors/domain-error';
import type { RequestContext } from '../core/context/request-context';
import { ViewerType } from './viewer.type';

@Resolver()
export class ViewerResolver {
  @Query(() => ViewerType, { nullable: true, description: 'The signed-in viewer; null without a token.' })
  viewer(@Ctx() ctx: RequestContext): ViewerType | null {
    if (ctx.authFailure) throw new UnauthenticatedError(authFailureMessage(ctx.authFailure));
    return ctx.viewer && { id: ctx.viewer.id, email: ctx.viewer.email, role: ctx.viewer.role };
  }
}
