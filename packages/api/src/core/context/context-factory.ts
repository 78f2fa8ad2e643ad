import type { DataSource } from 'typeorm';
import { authenticate, type AuthSettings, type Authentication } from '../auth/authenticate';
import { adminIpMatcher } from '../auth/admin-ip-allowlist';
import type { AppConfig } from '../config/config';
import type { Logger } from '../logging/logger';
import type { RequestContext } from './request-context';
import type { EventBus } from '../events/event-bus';
import type { LiveHubs } from '../events/live-hubs';
import type { ViewerRegistry } from '../auth/viewer-registry';
import type { HttpExchange } from '../http/http-exchange';
import { RequestLoaders } from './request-loaders';
import type { Registry } from 'prom-client';

export interface ContextDeps {
  config: AppConfig;
  logger: Logger;
  dataSource: DataSource;
  events?: EventBus;
  live?: LiveHubs;
  /** Who the token subjects are (registration of new ones, deactivated ones refused). */
  viewers?: ViewerRegistry;
  /** The server's metrics registry; domains register their series on it. */
  metrics?: Registry;
}

export interface RequestFacts {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}

/** Context of an HTTP request: the Authorization header is verified per request. */
export async function createRequestContext(deps: ContextDeps, authorization: string | undefined, facts: RequestFacts, http?: HttpExchange): Promise<RequestContext> {
  const context = buildRequestContext(deps, await authenticate(authorization, authSettings(deps), facts.ip), facts);
  return http ? { ...context, http } : context;
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
    viewers: deps.viewers,
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

/** Token checks plus the user registry: what every channel a person signs in through uses. */
export function authSettings(deps: ContextDeps): AuthSettings {
  return { ...jwtSettings(deps.config), registry: deps.viewers };
}

/** Context for work no person asked for (provider webhooks, the outbox worker): no viewer. */
export function createSystemContext(deps: ContextDeps, facts: RequestFacts): RequestContext {
  return buildRequestContext(deps, { viewer: null, failure: null }, facts);
}
