import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../core/context/request-context';
import { Project } from '../projects/project.entity';
import { Payment } from './payment.entity';
import { paymentsByProject } from './payments-by-project.loader';

/** `Project.payments`, owned by payments: projects does not know payments exist. */
@Resolver(() => Project)
export class ProjectPaymentsResolver {
  @FieldResolver(() => [Payment], { description: 'Newest first.' })
  payments(@Root() project: Project, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(paymentsByProject).load(project.id);
  }
}
