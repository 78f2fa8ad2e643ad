import type { RequestHandler } from 'express';
import type { ContextDeps } from '../core/graphql/context-factory';
import type { DeliveryHandler } from '../webhooks/webhook-delivery.service';

// TODO(helper): Twilio voice and chat webhooks (issue 4).

export const handleInboundCall: DeliveryHandler = async () => {
  throw new Error('not implemented');
};

export const handleChatEvent: DeliveryHandler = async () => {
  throw new Error('not implemented');
};

export function twilioVoiceWebhookRoute(_deps: ContextDeps): RequestHandler {
  return (_req, res) => {
    res.status(501).end();
  };
}

export function chatWebhookRoute(_deps: ContextDeps): RequestHandler {
  return (_req, res) => {
    res.status(501).end();
  };
}
