import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../core/auth/role';
import type { RequestContext } from '../core/context/request-context';
import { Project } from '../projects/project.entity';
import { resendConfirmation } from './confirmation.service';

@Resolver()
export class ConfirmationResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => Project, { description: 'Sends the client a fresh confirmation (SMS and e-mail); the previous token stops working.' })
  resendConfirmation(@Arg('projectId', () => ID) projectId: string, @Ctx() ctx: RequestContext) {
    return resendConfirmation(ctx, projectId);
  }
}
