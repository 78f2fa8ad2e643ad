import { personActor } from '../audit/actor';
import { issueConfirmationIfPaid } from '../confirmations/confirmation.service';
import { runInTransaction } from '../core/db/transaction';
import { UnauthenticatedError } from '../core/errors/domain-error';
import type { RequestContext } from '../core/context/request-context';
import type { TransitionProjectStatusInput } from './inputs/transition-project-status.input';
import { ProjectStatus } from './project-status.enum';
import type { Project } from './project.entity';
import { applyTransition, lockProject } from './project.service';

/**
 * `transitionProjectStatus` and `certifyProject`: a person moves a project they can see.
 * A project certified after its FINAL payment already arrived gets the client confirmation
 * now, in the same transaction; otherwise it would wait in CERTIFIED for a token never sent.
 */
export async function transitionProject(ctx: RequestContext, input: TransitionProjectStatusInput): Promise<Project> {
  const viewer = ctx.viewer;
  if (!viewer) throw new UnauthenticatedError();
  const actor = personActor(ctx);
  return runInTransaction(ctx, async (tx) => {
    const project = await lockProject(tx, input.projectId, viewer);
    const moved = await applyTransition(tx, project, input.newStatus, actor, input.note);
    if (moved.status === ProjectStatus.CERTIFIED) await issueConfirmationIfPaid(tx, moved, actor);
    return moved;
  });
}
