import express from 'express';
import type { RequestHandler } from 'express';
import type { ContextDeps } from '../core/context/context-factory';
import { financeExportRouter } from '../payments/payment-exports.route';
import { webhookRouter } from '../webhooks/webhook-routes';
import { confirmPaymentRouter } from '../confirmations/confirm-payment.route';
import { adminSpaRouter } from './admin-spa.route';

/** The domains' REST endpoints and the admin SPA, in the order they are mounted. */
export function httpRoutes(deps: ContextDeps): RequestHandler[] {
  return [webhookRouter(deps), express.Router().use('/public/confirm-payment', confirmPaymentRouter(deps)), financeExportRouter(deps), adminSpaRouter()];
}
