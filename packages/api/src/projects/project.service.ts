import { keysetPage } from '../core/graphql/keyset-page';
import type { Actor } from '../audit/actor';
import { personActor } from '../audit/actor';
import { ActorType } from '../audit/actor-type.enum';
import { recordAudit, recordAudits, type AuditEntry } from '../audit/audit.service';
import { Role } from '../core/auth/role';
import type { Viewer } from '../core/auth/viewer';
import { runInTransaction, type TxContext } from '../core/db/transaction';
import { ForbiddenError, InvalidTransitionError, NotFoundError } from '../core/errors/domain-error';
import type { Connection } from '../core/graphql/connection';
import type { RequestContext } from '../core/context/request-context';
import { assertAssignable } from '../users/user.service';
import type { CreateProjectInput } from './inputs/create-project.input';
import type { ProjectsArgs } from './inputs/projects.args';
import { loadLifecycleFacts, requestLifecycleFacts, type DomainFacts } from './lifecycle-facts';
import { runEnteringEffects } from './lifecycle-effects';
import { announceProjectChanged } from './project-events';
import { allowedTargets, decideTransition, findStep } from './project-lifecycle';
import { ProjectStatus } from './project-status.enum';
import { whereVisibleTo } from './project-visibility';
import { isUuid } from '../core/validation/is-uuid';
import { escapeLike } from '../core/db/escape-like';
import { Project } from './project.entity';
import { requireViewer } from '../core/auth/require-viewer';

/** A page of the projects the viewer may see, newest first. */
export async function listProjects(ctx: RequestContext, args: ProjectsArgs): Promise<Connection<Project>> {
  const viewer = requireViewer(ctx);
  const qb = whereVisibleTo(ctx.dataSource.getRepository(Project).createQueryBuilder('p'), viewer, 'p');
  if (args.filter?.status) qb.andWhere('p.status = :status', { status: args.filter.status });
  const search = args.filter?.search?.trim();
  if (search) {
    qb.andWhere(`(p.client_name ILIKE :q OR p.client_email ILIKE :q OR p.client_phone ILIKE :q OR p.client_address ILIKE :q OR p.service_type ILIKE :q)`, {
      q: `%${escapeLike(search)}%`,
    });
  }
  return keysetPage(qb, 'p', 'created_at', args);
}

/** A project the viewer may see; anything else is NOT_FOUND, so existence is not revealed. */
export async function getProject(ctx: RequestContext, id: string): Promise<Project> {
  const viewer = requireViewer(ctx);
  if (!isUuid(id)) throw new NotFoundError('Project', id);
  const project = await whereVisibleTo(ctx.dataSource.getRepository(Project).createQueryBuilder('p'), viewer, 'p').andWhere('p.id = :id', { id }).getOne();
  if (!project) throw new NotFoundError('Project', id);
  return project;
}

/**
 * Locks the project row for the rest of the transaction (SELECT ... FOR UPDATE),
 * so two requests deciding a transition from the same state run one after the other.
 * With a viewer, only a project they may see is found.
 */
export async function lockProject(tx: TxContext, id: string, viewer?: Viewer): Promise<Project> {
  if (!isUuid(id)) throw new NotFoundError('Project', id);
  const qb = tx.manager.getRepository(Project).createQueryBuilder('p').where('p.id = :id', { id }).setLock('pessimistic_write');
  const project = await (viewer ? whereVisibleTo(qb, viewer, 'p') : qb).getOne();
  if (!project) throw new NotFoundError('Project', id);
  return project;
}

export async function createProject(ctx: RequestContext, input: CreateProjectInput): Promise<Project> {
  const actor = personActor(ctx);
  return runInTransaction(ctx, async (tx) => {
    await assertAssignable(tx, input.contractorId, Role.CONTRACTOR, 'contractorId');
    await assertAssignable(tx, input.expertId, Role.EXPERT, 'expertId');
    const repository = tx.manager.getRepository(Project);
    const client = input.clientInfo;
    const project = await repository.save(
      repository.create({
        status: ProjectStatus.DRAFT,
        clientName: client.name.trim(),
        clientId: client.clientId ?? null,
        clientPhone: client.phone ?? null,
        clientEmail: client.email?.toLowerCase() ?? null,
        clientAddress: client.address ?? null,
        contractorId: input.contractorId ?? null,
        expertId: input.expertId ?? null,
        serviceType: input.serviceType ?? null,
        areaM2: input.areaM2 ?? null,
      }),
    );
    await recordAudit(tx, actor, {
      entityType: 'project',
      entityId: project.id,
      action: 'PROJECT_CREATED',
      newValue: projectCreatedSnapshot(project),
    });
    announceProjectChanged(tx, project.id);
    return project;
  });
}

/** What a caller of applyTransition may add to the step. */
export interface TransitionOptions {
  clientConfirmed?: boolean;
  /** Facts the caller itself wrote in this transaction under the project's lock (a deposit just recorded): not read again. */
  established?: DomainFacts;
  /** The caller's own audit entries, written in the same INSERT as the status change and before it. */
  auditBefore?: readonly AuditEntry[];
}

/**
 * The one place a project's status changes: checks the lifecycle table for this
 * actor against facts read under the row lock, writes the status and its audit entry.
 * The caller holds the project's row lock (lockProject) in the same transaction.
 */
export async function applyTransition(tx: TxContext, project: Project, to: ProjectStatus, actor: Actor, note?: string | null, options: TransitionOptions = {}): Promise<Project> {
  const facts = await loadLifecycleFacts(tx.manager, project.id, {
    needs: findStep(project.status, to)?.guard?.needs ?? [],
    clientConfirmed: options.clientConfirmed,
    established: options.established,
  });
  const decision = decideTransition(project.status, to, actor.type, facts);
  if (!decision.allowed) {
    const details = { from: project.status, to };
    throw decision.reason === 'ACTOR_NOT_ALLOWED' ? new ForbiddenError(decision.message) : new InvalidTransitionError(decision.message, details);
  }
  const from = project.status;
  // RETURNING instead of reading the locked row again: only status and updated_at change.
  const updated = await tx.manager
    .getRepository(Project)
    .createQueryBuilder()
    .update()
    .set({ status: to, updatedAt: () => 'now()' })
    .where('id = :id', { id: project.id })
    .returning('updated_at')
    .execute();
  const [row] = updated.raw as Array<{ updated_at: Date }>;
  await recordAudits(tx, actor, [
    ...(options.auditBefore ?? []),
    { entityType: 'project', entityId: project.id, action: 'STATUS_CHANGED', oldValue: { status: from }, newValue: { status: to }, note: note ?? null },
  ]);
  announceProjectChanged(tx, project.id);
  const moved = Object.assign(new Project(), project, { status: to, updatedAt: row!.updated_at });
  await runEnteringEffects(tx, moved, actor);
  return moved;
}

/** Statuses the viewer could move this project to now; from the page's batched loaders (see lifecycle-facts). */
export async function allowedTransitionsFor(ctx: RequestContext, project: Project): Promise<ProjectStatus[]> {
  const viewer = requireViewer(ctx);
  return allowedTargets(project.status, ActorType[viewer.role], await requestLifecycleFacts(ctx, project.id));
}

/** What the audit log keeps of a created project (the seed writes the same). */
export function projectCreatedSnapshot(project: Pick<Project, 'status' | 'clientInfo' | 'serviceType' | 'areaM2' | 'contractorId' | 'expertId'>) {
  return {
    status: project.status,
    clientInfo: project.clientInfo,
    serviceType: project.serviceType,
    areaM2: project.areaM2,
    contractorId: project.contractorId,
    expertId: project.expertId,
  };
}
