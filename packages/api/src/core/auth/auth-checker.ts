import { authFailureMessage } from './authenticate';
import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error';
import type { RequestContext } from '../context/request-context';
import type { Role } from './role';

/** `@Authorized()` needs any signed-in viewer; `@Authorized(Role.ADMIN)` one of the listed roles. */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  const { viewer, authFailure } = context;
  if (!viewer) throw new UnauthenticatedError(authFailureMessage(authFailure));
  if (roles.length > 0 && !roles.includes(viewer.role)) throw new ForbiddenError();
  return true;
};
