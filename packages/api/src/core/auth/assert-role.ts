import { authFailureMessage } from './authenticate';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error';
import type { RequestContext } from '../context/request-context';
import type { Role } from './role';
import type { Viewer } from './viewer';

/**
 * For operations that must check something before the role (a feature flag answering
 * NOT_FOUND must win over FORBIDDEN), so `@Authorized` cannot run first.
 */
export function assertRole(ctx: RequestContext, ...roles: Role[]): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError(authFailureMessage(ctx.authFailure));
  if (!roles.includes(ctx.viewer.role)) throw new ForbiddenError();
  return ctx.viewer;
}
