import { requestFacts } from '../core/http/request-facts';
import type { RequestHandler } from 'express';
import { createSystemContext, type ContextDeps } from '../core/context/context-factory';
import { WebhookProvider } from '../webhooks/webhook-delivery.enums';
import { processDelivery, receiveDelivery, recordRejected } from '../webhooks/webhook-delivery.service';
import { isStripeEvent, handleStripeEvent } from './stripe-events';
import { verifyStripeSignature } from './stripe-signature';

/**
 * POST /api/v1/webhook/stripe. Signature first, before parsing or looking anything up;
 * then the delivery is stored and committed; then processed. Answers 2xx only once the
 * outcome is committed, 5xx when the failure may pass (Stripe retries), 200 "failed" for
 * permanent failures (so Stripe does not retry for days and then disable the endpoint).
 */
export function stripeWebhookRoute(deps: ContextDeps): RequestHandler {
  const { config, dataSource } = deps;
  return async (req, res) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const rawText = raw.toString('utf8');
    const log = req.log ?? deps.logger;
    try {
      let event: unknown;
      if (config.allowInsecureWebhooks) {
        event = safeJson(rawText);
      } else if (!config.stripe.webhookSecret) {
        log.error('STRIPE_WEBHOOK_SECRET is not configured; refusing Stripe webhooks');
        await recordRejected(deps, WebhookProvider.STRIPE, rawText, 'STRIPE_WEBHOOK_SECRET is not configured', false);
        res.status(503).json({ status: 'error', error: 'webhook secret not configured' });
        return;
      } else {
        const verified = verifyStripeSignature(raw, req.header('stripe-signature'), config.stripe.webhookSecret);
        if (!verified.ok) {
          await recordRejected(deps, WebhookProvider.STRIPE, rawText, verified.reason, verified.signatureValid);
          res.status(400).json({ status: 'rejected', error: verified.reason });
          return;
        }
        event = verified.event;
      }
      if (!isStripeEvent(event)) {
        await recordRejected(deps, WebhookProvider.STRIPE, rawText, 'malformed payload: not a Stripe event', true);
        res.status(400).json({ status: 'rejected', error: 'malformed payload' });
        return;
      }
      const delivery = await receiveDelivery(dataSource, {
        provider: WebhookProvider.STRIPE,
        eventId: event.id,
        eventType: event.type,
        payload: event as unknown as Record<string, unknown>,
        rawBody: rawText,
      });
      const ctx = createSystemContext(deps, requestFacts(req));
      const result = await processDelivery(ctx, delivery.id, handleStripeEvent);
      res.status(200).json({ status: result.status });
    } catch (error) {
      log.error({ err: error }, 'Stripe webhook could not be processed; Stripe will retry');
      res.status(503).json({ status: 'error' });
    }
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
