import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../config/config';
import type { AuthFailure } from '../auth/authenticate';
import type { Viewer } from '../auth/viewer';
import type { Logger } from '../logging/logger';
import type { RequestLoaders } from './request-loaders';
import type { EventBus } from '../events/event-bus';
import type { LiveHubs } from '../events/live-hubs';
import type { HttpExchange } from '../http/http-exchange';
import type { ViewerRegistry } from '../auth/viewer-registry';

/** What every resolver and service call receives first: who asks, from where, and the shared infrastructure. */
export interface RequestContext {
  requestId: string;
  viewer: Viewer | null;
  authFailure: AuthFailure | null;
  ip: string | null;
  userAgent: string | null;
  config: AppConfig;
  logger: Logger;
  dataSource: DataSource;
  /** Per-request batching of nested lists. */
  loaders: RequestLoaders;
  /** Set inside runInTransaction. */
  manager?: EntityManager;
  /** Where committed work is announced (absent in scripts). */
  events?: EventBus;
  /** Live subscription hubs of this server (absent in scripts). */
  live?: LiveHubs;
  /** Who token subjects are; absent in scripts. */
  viewers?: ViewerRegistry;
  /** Cookies of the HTTP request and response; absent over websockets and in background work. */
  http?: HttpExchange;
  /** Side effects waiting for the open transaction to commit. */
  afterCommit?: Array<() => void | Promise<void>>;
}
