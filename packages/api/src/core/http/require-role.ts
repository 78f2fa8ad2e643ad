import type { RequestHandler, Response } from 'express';
import { authFailureMessage, authenticate } from '../auth/authenticate';
import type { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error';
import { sendDomainError } from './http-errors';
import { clientAddressOf } from './request-facts';
import { authSettings, type ContextDeps } from '../context/context-factory';

/**
 * REST counterpart of GraphQL's auth checker: the same `authenticate()` and JWT settings, so a
 * token accepted (or refused) by /graphql is accepted (or refused) here too. Unlike GraphQL,
 * REST answers with the HTTP status: 401 without a valid token, 403 for a role not listed.
 * On success the viewer is on `res.locals.viewer` (read it with `viewerOf`).
 */
export function requireRole(deps: ContextDeps, ...roles: Role[]): RequestHandler {
  const allowed = new Set<Role>(roles);
  return async (req, res, next) => {
    const { viewer, failure } = await authenticate(req.headers.authorization, authSettings(deps), clientAddressOf(req, deps.config));
    if (!viewer) {
      // RFC 6750: tell the client which scheme to use and, for a refused token, why.
      res.setHeader('WWW-Authenticate', failure ? 'Bearer error="invalid_token"' : 'Bearer');
      sendDomainError(res, new UnauthenticatedError(authFailureMessage(failure)));
      return;
    }
    if (!allowed.has(viewer.role)) {
      sendDomainError(res, new ForbiddenError());
      return;
    }
    res.locals.viewer = viewer;
    next();
  };
}

/** The viewer `requireRole` authenticated; only valid in handlers mounted after it. */
export function viewerOf(res: Response): Viewer {
  const viewer = res.locals.viewer as Viewer | undefined;
  if (!viewer) throw new Error('viewerOf() used on a route without requireRole()');
  return viewer;
}
