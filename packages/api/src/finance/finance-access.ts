import { assertRole } from '../core/auth/assert-role';
import { Role } from '../core/auth/role';
import { BadUserInputError } from '../core/errors/domain-error';
import type { RequestContext } from '../core/graphql/request-context';
import { assertFinanceEnabled } from './finance-flags';
import { MAX_METRICS_DAYS } from './finance-metrics.service';

/** Every finance operation: the feature first (NOT_FOUND when off), then ADMIN. */
export function assertFinanceAccess(ctx: RequestContext): void {
  assertFinanceEnabled(ctx.config);
  assertRole(ctx, Role.ADMIN);
}

export function metricsWindow(days: number | null | undefined): number {
  const window = days ?? 30;
  if (!Number.isInteger(window) || window < 1 || window > MAX_METRICS_DAYS) throw new BadUserInputError(`days must be from 1 to ${MAX_METRICS_DAYS}`);
  return window;
}
