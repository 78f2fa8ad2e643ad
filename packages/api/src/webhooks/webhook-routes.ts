import express, { Router } from 'express';
import type { ContextDeps } from '../core/context/context-factory';
import { MAX_BODY_BYTES } from '../core/http/http-errors';
import { chatEndpoint } from './providers/chat.endpoint';
import { stripeEndpoint } from './providers/stripe.endpoint';
import { twilioSmsEndpoint } from './providers/twilio-sms.endpoint';
import { twilioVoiceEndpoint } from './providers/twilio-voice.endpoint';
import { webhookRoute, type WebhookEndpoint } from './webhook-endpoint';
import { withDeliveryMetrics } from './webhook-metrics';

/**
 * Provider webhooks read the raw body (signatures are over the exact bytes), only on these
 * routes; they are never rate limited.
 */
export function webhookRouter(deps: ContextDeps): Router {
  const router = Router();
  const raw = express.raw({ type: () => true, limit: MAX_BODY_BYTES });
  const route = (endpoint: WebhookEndpoint) => webhookRoute(deps, withDeliveryMetrics(endpoint, deps.metrics));
  router.post('/api/v1/webhook/stripe', raw, route(stripeEndpoint));
  router.post('/api/v1/webhook/twilio', raw, route(twilioSmsEndpoint));
  router.post('/api/v1/webhook/twilio/voice', raw, route(twilioVoiceEndpoint));
  router.post('/api/v1/webhook/chat/events', raw, route(chatEndpoint));
  return router;
}
