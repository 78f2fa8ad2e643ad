import { Ctx, Query, Resolver } from 'type-graphql';
import { UnauthenticatedError } from '../core/errors/domain-error';
import type { RequestContext } from '../core/graphql/request-context';
import { ViewerType } from './viewer.type';

@Resolver()
export class ViewerResolver {
  @Query(() => ViewerType, { nullable: true, description: 'The signed-in viewer; null without a token.' })
  viewer(@Ctx() ctx: RequestContext): ViewerType | null {
    if (ctx.authFailure) throw new UnauthenticatedError(ctx.authFailure === 'expired' ? 'Access token expired' : 'Access token invalid');
    return ctx.viewer && { id: ctx.viewer.id, email: ctx.viewer.email, role: ctx.viewer.role };
  }
}
