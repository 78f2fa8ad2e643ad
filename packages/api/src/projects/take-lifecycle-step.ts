import { personActor } from '../audit/actor';
import { runInTransaction } from '../core/db/transaction';
import { requireViewer } from '../core/auth/require-viewer';
import type { RequestContext } from '../core/context/request-context';
import type { TransitionProjectStatusInput } from './inputs/transition-project-status.input';
import type { Project } from './project.entity';
import { applyTransition, lockProject } from './project.service';

/**
 * `transitionProjectStatus` and `certifyProject`: a person moves a project they can see.
 * What entering a status sets off (the client confirmation on CERTIFIED) is registered by
 * the domain that owns it (lifecycle-effects.ts) and runs in this transaction.
 */
export async function transitionProject(ctx: RequestContext, input: TransitionProjectStatusInput): Promise<Project> {
  const viewer = requireViewer(ctx);
  const actor = personActor(ctx);
  return runInTransaction(ctx, async (tx) => {
    const project = await lockProject(tx, input.projectId, viewer);
    return applyTransition(tx, project, input.newStatus, actor, input.note);
  });
}
