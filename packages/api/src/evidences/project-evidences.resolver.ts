import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../core/context/request-context';
import { Project } from '../projects/project.entity';
import { Evidence } from './evidence.entity';
import { evidencesByProject } from './evidences-by-project.loader';

/** `Project.evidences`, owned by evidences: projects does not know evidences exist. */
@Resolver(() => Project)
export class ProjectEvidencesResolver {
  @FieldResolver(() => [Evidence], { description: 'Newest first.' })
  evidences(@Root() project: Project, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(evidencesByProject).load(project.id);
  }
}
