import type { WebhookEndpoint } from '../webhook-endpoint';
import { WebhookProvider } from '../webhook-delivery.enums';
import { verifyStripeSignature } from '../signatures/stripe-signature';
import { handleStripeEvent, isStripeEvent } from './stripe-events';

/**
 * POST /api/v1/webhook/stripe. Answers (contract): bad, missing or stale signature 400;
 * secret not configured 503; processed / already_processed / ignored / failed 200 with that
 * status (a permanent failure must not make Stripe retry for days and disable the endpoint);
 * anything that may pass 503, so Stripe retries.
 */
export const stripeEndpoint: WebhookEndpoint = {
  provider: WebhookProvider.STRIPE,
  verify(req, rawBody, config) {
    if (config.allowInsecureWebhooks) return { ok: true };
    if (!config.stripe.webhookSecret) return { ok: false, reason: 'STRIPE_WEBHOOK_SECRET is not configured', signatureValid: false, notConfigured: true };
    const verified = verifyStripeSignature(rawBody, req.header('stripe-signature'), config.stripe.webhookSecret);
    return verified.ok ? { ok: true } : { ok: false, reason: verified.reason, signatureValid: verified.signatureValid };
  },
  parse(rawBody) {
    let event: unknown;
    try {
      event = JSON.parse(rawBody);
    } catch {
      return { malformed: 'malformed payload: not JSON' };
    }
    if (!isStripeEvent(event)) return { malformed: 'malformed payload: not a Stripe event' };
    return { eventId: event.id, eventType: event.type, payload: event as unknown as Record<string, unknown> };
  },
  handler: handleStripeEvent,
  answers: {
    refused: (res, check) =>
      check.notConfigured ? res.status(503).json({ status: 'error', error: 'webhook secret not configured' }) : res.status(400).json({ status: 'rejected', error: check.reason }),
    malformed: (res) => res.status(400).json({ status: 'rejected', error: 'malformed payload' }),
    settled: (res, result) => res.status(200).json({ status: result.status }),
    unexpected: (res) => res.status(503).json({ status: 'error' }),
  },
};
