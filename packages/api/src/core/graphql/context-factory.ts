import type { DataSource } from 'typeorm';
import { authenticate, type AuthSettings, type Authentication } from '../auth/authenticate';
import { adminIpMatcher } from '../auth/admin-ip-allowlist';
import type { AppConfig } from '../config/config';
import type { Logger } from '../logging/logger';
import type { RequestContext } from './request-context';
import type { EventBus } from '../events/event-bus';
import type { LiveHubs } from '../events/live-hubs';
import { RequestLoaders } from './request-loaders';

export interface ContextDeps {
  config: AppConfig;
  logger: Logger;
  dataSource: DataSource;
  events?: EventBus;
  live?: LiveHubs;
}

export interface RequestFacts {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}

/** Context of an HTTP request: the Authorization header is verified per request. */
export async function createRequestContext(deps: ContextDeps, authorization: string | undefined, facts: RequestFacts): Promise<RequestContext> {
  return buildRequestContext(deps, await authenticate(authorization, jwtSettings(deps.config), facts.ip), facts);
}

/** Same shape for HTTP and websocket operations; a socket authenticates once, in connection_init. */
export function buildRequestContext(deps: ContextDeps, { viewer, failure }: Authentication, facts: RequestFacts): RequestContext {
  return {
    requestId: facts.requestId,
    viewer,
    authFailure: failure,
    ip: facts.ip,
    userAgent: facts.userAgent,
    config: deps.config,
    logger: deps.logger.child({ requestId: facts.requestId }),
    dataSource: deps.dataSource,
    loaders: new RequestLoaders(deps.dataSource),
    events: deps.events,
    live: deps.live,
  };
}

const matchers = new WeakMap<AppConfig, (ip: string | null | undefined) => boolean>();

/** Token checks for this configuration: JWT secret, audience, issuer, and the admin address allowlist. */
export function jwtSettings(config: AppConfig): AuthSettings {
  if (!config.jwt.secret) throw new Error('JWT secret is not configured');
  let adminAllowed = matchers.get(config);
  if (!adminAllowed) matchers.set(config, (adminAllowed = adminIpMatcher(config.adminIpAllowlist)));
  return { secret: config.jwt.secret, audience: config.jwt.audience, issuer: config.jwt.issuer, adminAllowed };
}

/** Context for work no person asked for (provider webhooks, the outbox worker): no viewer. */
export function createSystemContext(deps: ContextDeps, facts: RequestFacts): RequestContext {
  return buildRequestContext(deps, { viewer: null, failure: null }, facts);
}
