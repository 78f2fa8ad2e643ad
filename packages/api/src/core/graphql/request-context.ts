import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import type { TokenFailure } from '../auth/jwt';
import type { Viewer } from '../auth/viewer';
import type { Logger } from '../logging/logger';

/** What every resolver and service call receives first: who asks, from where, and the shared infrastructure. */
export interface RequestContext {
  requestId: string;
  viewer: Viewer | null;
  authFailure: TokenFailure | null;
  ip: string | null;
  userAgent: string | null;
  config: AppConfig;
  logger: Logger;
  dataSource: DataSource;
}
