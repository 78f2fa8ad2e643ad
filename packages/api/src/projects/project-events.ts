import { publishAfterCommit } from '../core/events/publish';
import type { RequestContext } from '../core/context/request-context';

/**
 * Tells `projectChanged` subscribers (on every instance) that a project or something shown
 * with it (payments, evidences, confirmations) changed, once the transaction commits.
 * Every service that changes what a project shows calls it.
 */
export function announceProjectChanged(ctx: RequestContext, projectId: string): void {
  publishAfterCommit(ctx, { type: 'project.changed', projectId });
}
