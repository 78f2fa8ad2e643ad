import type { AuthChecker } from 'type-graphql';
import { ForbiddenError } from '../errors/domain-error';
import { requireViewer } from './require-viewer';
import type { RequestContext } from '../context/request-context';
import type { Role } from './role';

/** `@Authorized()` needs any signed-in viewer; `@Authorized(Role.ADMIN)` one of the listed roles. */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  const viewer = requireViewer(context);
  if (roles.length > 0 && !roles.includes(viewer.role)) throw new ForbiddenError();
  return true;
};
