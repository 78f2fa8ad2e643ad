import type { RequestHandler } from 'express';
import type { ContextDeps } from '../core/context/context-factory';
import { financeExportRouter } from '../payments/payment-exports.route';
import { webhookRouter } from '../webhooks/webhook-routes';

/** The domains' REST endpoints, in the order they are mounted. */
export function httpRoutes(deps: ContextDeps): RequestHandler[] {
  return [webhookRouter(deps), financeExportRouter(deps)];
}
