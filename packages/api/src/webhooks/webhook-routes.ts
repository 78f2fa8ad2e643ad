import express, { Router } from 'express';
import { chatWebhookRoute, twilioVoiceWebhookRoute } from '../call-requests/call-request-webhooks';
import { confirmPaymentRouter } from '../confirmations/confirm-payment.route';
import { twilioSmsWebhookRoute } from '../confirmations/twilio-sms-webhook.route';
import type { ContextDeps } from '../core/context/context-factory';
import { MAX_BODY_BYTES } from '../core/http/http-errors';
import { stripeWebhookRoute } from '../payments/stripe-webhook.route';

/**
 * Provider webhooks read the raw body (signatures are over the exact bytes), only on these
 * routes; they are never rate limited. The public confirmation page sits here too.
 */
export function webhookRouter(deps: ContextDeps): Router {
  const router = Router();
  const raw = express.raw({ type: () => true, limit: MAX_BODY_BYTES });
  router.post('/api/v1/webhook/stripe', raw, stripeWebhookRoute(deps));
  router.post('/api/v1/webhook/twilio', raw, twilioSmsWebhookRoute(deps));
  router.post('/api/v1/webhook/twilio/voice', raw, twilioVoiceWebhookRoute(deps));
  router.post('/api/v1/webhook/chat/events', raw, chatWebhookRoute(deps));
  router.use('/public/confirm-payment', confirmPaymentRouter(deps));
  return router;
}
