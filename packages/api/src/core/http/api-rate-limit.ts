import type { RequestHandler, Response } from 'express';
import { authenticate } from '../auth/authenticate';
import { jwtSettings, type ContextDeps } from '../context/context-factory';
import { RateLimitedError, clientErrorOf, httpStatusOf } from '../errors/domain-error';
import { requestCost } from '../graphql/operation-cost';
import { sendDomainError } from './http-errors';
import { RateLimiter, type RateLimitDecision } from './rate-limiter';
import { clientAddressOf } from './request-facts';

const WINDOW_MS = 60_000;

/** RATE_LIMITED through the same mapping as every other error: REST's body, or GraphQL's `errors` for /graphql. */
export function rateLimited(res: Response, retryAfterSeconds: number, graphql: boolean): void {
  const error = new RateLimitedError(undefined, retryAfterSeconds);
  if (!graphql) return sendDomainError(res, error);
  const { message, extensions } = clientErrorOf(error);
  res.setHeader('Retry-After', String(retryAfterSeconds));
  res.status(httpStatusOf(error.code)).json({ errors: [{ message, extensions }] });
}

/**
 * RATE_LIMIT_API_ENABLED's budgets, in points per minute, per client address and per signed-in
 * user (so one office behind one address is not limited as one person), shared by every
 * instance on the database. Points are what a request costs (core/graphql/operation-cost.ts).
 */
export class ApiLimits {
  private readonly perIp: RateLimiter;
  private readonly perUser: RateLimiter;

  constructor(deps: ContextDeps) {
    this.perIp = new RateLimiter(deps, 'api-ip', deps.config.rateLimitApiPerMinute.perIp, WINDOW_MS);
    this.perUser = new RateLimiter(deps, 'api-user', deps.config.rateLimitApiPerMinute.perUser, WINDOW_MS);
  }

  /** Null when RATE_LIMIT_API_ENABLED is off. */
  static of(deps: ContextDeps): ApiLimits | null {
    return deps.config.rateLimitApiEnabled ? new ApiLimits(deps) : null;
  }

  byAddress(ip: string | null, cost: number): Promise<RateLimitDecision> {
    return this.perIp.hit(ip ?? 'unknown', cost);
  }

  byUser(userId: string, cost: number): Promise<RateLimitDecision> {
    return this.perUser.hit(userId, cost);
  }

  /** Per address, then per user: the first refusal is the answer. */
  async admit(ip: string | null, userId: string | null, cost: number): Promise<RateLimitDecision> {
    const byIp = await this.byAddress(ip, cost);
    return byIp.allowed && userId ? this.byUser(userId, cost) : byIp;
  }
}

/**
 * GraphQL over HTTP and the public page, when RATE_LIMIT_API_ENABLED (webhooks never: providers
 * retry on their own schedule). For GraphQL it runs after the body is parsed, to know the cost.
 */
export function apiRateLimit(deps: ContextDeps, { graphql }: { graphql: boolean }): RequestHandler {
  const limits = ApiLimits.of(deps);
  if (!limits) return (_req, _res, next) => next();
  return async (req, res, next) => {
    const cost = graphql ? requestCost(req.method === 'GET' ? req.query : req.body) : 1;
    const ip = clientAddressOf(req, deps.config);
    const byIp = await limits.byAddress(ip, cost);
    if (!byIp.allowed) return rateLimited(res, byIp.retryAfterSeconds, graphql);
    if (req.headers.authorization) {
      const { viewer } = await authenticate(req.headers.authorization, jwtSettings(deps.config), ip);
      if (viewer) {
        const byUser = await limits.byUser(viewer.id, cost);
        if (!byUser.allowed) return rateLimited(res, byUser.retryAfterSeconds, graphql);
      }
    }
    next();
  };
}
