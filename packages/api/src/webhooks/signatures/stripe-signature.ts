import type StripeModule from 'stripe';

/** Stripe's own tolerance for webhook timestamps, both ways. */
export const STRIPE_TOLERANCE_SECONDS = 300;

export type StripeVerification = { ok: true; event: unknown } | { ok: false; signatureValid: boolean; reason: string };

type Stripe = typeof StripeModule;
let loaded: { Stripe: Stripe; stripe: InstanceType<Stripe> } | undefined;
/** Loaded on the first delivery, not at start-up (module loading is most of a start). Only the webhook helpers are used: no API call is made with this key. */
function stripeHelpers() {
  if (!loaded) {
    const Stripe = require('stripe') as Stripe;
    loaded = { Stripe, stripe: new Stripe('sk_webhook_verification_only') };
  }
  return loaded;
}

/**
 * Verifies `Stripe-Signature` over the raw bytes with Stripe's own helper (300 s tolerance).
 * Stripe's helper accepts timestamps from the future; a replay window should not, so those
 * are refused too. https://docs.stripe.com/webhooks#verify-official-libraries
 */
export function verifyStripeSignature(rawBody: Buffer, header: string | undefined, secret: string, now = Date.now()): StripeVerification {
  if (!header) return { ok: false, signatureValid: false, reason: 'missing Stripe-Signature header' };
  const timestamp = Number(/(?:^|,)t=(\d+)/.exec(header)?.[1]);
  if (Number.isFinite(timestamp) && timestamp - now / 1000 > STRIPE_TOLERANCE_SECONDS) {
    return { ok: false, signatureValid: false, reason: 'Stripe-Signature timestamp is in the future' };
  }
  const { Stripe, stripe } = stripeHelpers();
  try {
    return { ok: true, event: stripe.webhooks.constructEvent(rawBody, header, secret, STRIPE_TOLERANCE_SECONDS) };
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError) return { ok: false, signatureValid: false, reason: error.message };
    // The signature matched but the body is not JSON.
    return { ok: false, signatureValid: true, reason: 'malformed payload: not JSON' };
  }
}
