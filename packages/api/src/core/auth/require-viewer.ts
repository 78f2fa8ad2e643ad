import { authFailureMessage } from './authenticate';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error';
import type { RequestContext } from '../context/request-context';
import type { Role } from './role';
import type { Viewer } from './viewer';

/** The one "who is asking" check of services: the signed-in viewer, or UNAUTHENTICATED saying why. */
export function requireViewer(ctx: Pick<RequestContext, 'viewer' | 'authFailure'>): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError(authFailureMessage(ctx.authFailure));
  return ctx.viewer;
}

/**
 * For operations that must check something before the role (a feature flag answering
 * NOT_FOUND must win over FORBIDDEN), so `@Authorized` cannot run first.
 */
export function assertRole(ctx: RequestContext, ...roles: Role[]): Viewer {
  const viewer = requireViewer(ctx);
  if (!roles.includes(viewer.role)) throw new ForbiddenError();
  return viewer;
}
