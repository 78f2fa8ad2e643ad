import type { RequestHandler, Response } from 'express';
import { authenticate } from '../auth/authenticate';
import { jwtSettings, type ContextDeps } from '../context/context-factory';
import { RateLimitedError, clientErrorOf, httpStatusOf } from '../errors/domain-error';
import { sendDomainError } from './http-errors';
import { RateLimiter } from './rate-limiter';

/** RATE_LIMIT_API_ENABLED: requests per minute, per client address and per signed-in user. */
export const API_LIMITS = { perIpPerMinute: 300, perUserPerMinute: 600 } as const;

/** RATE_LIMITED through the same mapping as every other error: REST's body, or GraphQL's `errors` for /graphql. */
export function rateLimited(res: Response, retryAfterSeconds: number, graphql: boolean): void {
  const error = new RateLimitedError(undefined, retryAfterSeconds);
  if (!graphql) return sendDomainError(res, error);
  const { message, extensions } = clientErrorOf(error);
  res.setHeader('Retry-After', String(retryAfterSeconds));
  res.status(httpStatusOf(error.code)).json({ errors: [{ message, extensions }] });
}

/**
 * GraphQL and the public page, when RATE_LIMIT_API_ENABLED (webhooks never: providers retry on
 * their own schedule). Per IP always, and per user when a valid token is presented, so one
 * office behind one address is not limited as one person.
 */
export function apiRateLimit(deps: ContextDeps, { graphql }: { graphql: boolean }): RequestHandler {
  if (!deps.config.rateLimitApiEnabled) return (_req, _res, next) => next();
  const perIp = new RateLimiter(API_LIMITS.perIpPerMinute, 60_000);
  const perUser = new RateLimiter(API_LIMITS.perUserPerMinute, 60_000);
  return async (req, res, next) => {
    const byIp = perIp.hit(req.ip ?? 'unknown');
    if (!byIp.allowed) return rateLimited(res, byIp.retryAfterSeconds, graphql);
    if (req.headers.authorization) {
      const { viewer } = await authenticate(req.headers.authorization, jwtSettings(deps.config), req.ip);
      if (viewer) {
        const byUser = perUser.hit(viewer.id);
        if (!byUser.allowed) return rateLimited(res, byUser.retryAfterSeconds, graphql);
      }
    }
    next();
  };
}
