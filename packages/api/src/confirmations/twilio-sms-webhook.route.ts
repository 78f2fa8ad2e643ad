import type { RequestHandler } from 'express';
import type { ContextDeps } from '../core/graphql/context-factory';
import type { DeliveryHandler } from '../webhooks/webhook-delivery.service';

export const handleInboundSms: DeliveryHandler = async () => {
  throw new Error('not implemented');
};

export function twilioSmsWebhookRoute(_deps: ContextDeps): RequestHandler {
  return (_req, res) => {
    res.status(501).end();
  };
}
