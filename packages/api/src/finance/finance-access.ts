import type { MiddlewareFn } from 'type-graphql';
import { assertRole } from '../core/auth/require-viewer';
import { Role } from '../core/auth/role';
import { BadUserInputError } from '../core/errors/domain-error';
import type { RequestContext } from '../core/context/request-context';
import { assertFinanceEnabled } from './finance-flags';
import { MAX_METRICS_DAYS } from './finance-metrics.service';

/** Every finance operation: the feature first (NOT_FOUND when off), then ADMIN. */
export function assertFinanceAccess(ctx: RequestContext): void {
  assertFinanceEnabled(ctx.config);
  assertRole(ctx, Role.ADMIN);
}

/**
 * The same check as a type-graphql middleware: middlewares run before argument validation,
 * so a disabled feature is NOT_FOUND (and a CLIENT FORBIDDEN) whatever the arguments.
 */
export const FinanceAccess: MiddlewareFn<RequestContext> = ({ context }, next) => {
  assertFinanceAccess(context);
  return next();
};

export function metricsWindow(days: number | null | undefined): number {
  const window = days ?? 30;
  if (!Number.isInteger(window) || window < 1 || window > MAX_METRICS_DAYS) throw new BadUserInputError(`days must be from 1 to ${MAX_METRICS_DAYS}`);
  return window;
}
