import type { RequestHandler } from 'express';
import type { ContextDeps } from '../core/graphql/context-factory';

export function stripeWebhookRoute(_deps: ContextDeps): RequestHandler {
  return (_req, res) => {
    res.status(501).end();
  };
}
