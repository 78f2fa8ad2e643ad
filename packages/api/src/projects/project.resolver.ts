import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { AuditLogConnection } from '../audit/audit-log-connection.type';
import { projectAuditTrail } from '../audit/audit-log.service';
import { Role } from '../core/auth/role';
import { ConnectionArgs } from '../core/graphql/connection';
import type { RequestContext } from '../core/context/request-context';
import { CreateProjectInput } from './inputs/create-project.input';
import { ProjectsArgs } from './inputs/projects.args';
import { TransitionProjectStatusInput } from './inputs/transition-project-status.input';
import { ProjectConnection } from './project-connection.type';
import { ProjectStatus } from './project-status.enum';
import { Project } from './project.entity';
import { allowedTransitionsFor, createProject, getProject, listProjects } from './project.service';
import { transitionProject } from './take-lifecycle-step';
import { RequestLoaders } from '../core/context/request-loaders';
import { UnauthenticatedError } from '../core/errors/domain-error';
import { canSee } from './project-visibility';

function subscribeProjectChanges({ args, context }: SubscribeResolverData<unknown, { id?: string | null }, RequestContext>) {
  if (!context.viewer) throw new UnauthenticatedError();
  if (!context.live) throw new Error('live subscriptions are not running');
  return context.live.projects.subscribe(context.viewer, args.id ?? null);
}

@Resolver(() => Project)
export class ProjectResolver {
  @Authorized()
  @Query(() => ProjectConnection, { description: 'Projects the viewer may see, newest first.' })
  projects(@Args(() => ProjectsArgs) args: ProjectsArgs, @Ctx() ctx: RequestContext) {
    return listProjects(ctx, args);
  }

  @Authorized()
  @Query(() => Project, { description: 'NOT_FOUND when it does not exist or the viewer may not see it.' })
  project(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return getProject(ctx, id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Project)
  createProject(@Arg('input', () => CreateProjectInput) input: CreateProjectInput, @Ctx() ctx: RequestContext) {
    return createProject(ctx, input);
  }

  @Authorized()
  @Mutation(() => Project, { description: 'Takes one lifecycle step; FORBIDDEN for a role the step is not for, INVALID_TRANSITION otherwise.' })
  transitionProjectStatus(@Arg('input', () => TransitionProjectStatusInput) input: TransitionProjectStatusInput, @Ctx() ctx: RequestContext) {
    return transitionProject(ctx, input);
  }

  @Authorized()
  @Mutation(() => Project, { description: 'PENDING_EXPERT -> CERTIFIED; needs three EXPERT_CERTIFICATION evidences.' })
  certifyProject(@Arg('projectId', () => ID) projectId: string, @Ctx() ctx: RequestContext) {
    return transitionProject(ctx, { projectId, newStatus: ProjectStatus.CERTIFIED });
  }

  @Subscription(() => Project, {
    subscribe: subscribeProjectChanges,
    description: 'Changes of one project, or (id: null) of every project the viewer may see.',
  })
  projectChanged(@Root() project: Project, @Arg('id', () => ID, { nullable: true }) _id: string | null, @Ctx() ctx: RequestContext): Project {
    // The hub filtered by visibility for this event; a viewer who lost access gets nothing more.
    if (!ctx.viewer || !canSee(ctx.viewer, project)) throw new UnauthenticatedError('No longer allowed');
    // A subscription keeps one context for all its events; nested lists must be read fresh each time.
    ctx.loaders = new RequestLoaders(ctx.dataSource);
    return project;
  }

  @FieldResolver(() => [ProjectStatus], { description: 'Statuses the viewer could move this project to now, guards included.' })
  allowedTransitions(@Root() project: Project, @Ctx() ctx: RequestContext) {
    return allowedTransitionsFor(ctx, project);
  }

  @Authorized(Role.ADMIN)
  @FieldResolver(() => AuditLogConnection, { description: "The project's history with its payments and evidences, newest first." })
  auditTrail(@Root() project: Project, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    return projectAuditTrail(ctx, project.id, args);
  }
}
