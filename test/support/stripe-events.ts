import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Stripe from 'stripe';

const stripe = new Stripe('sk_test_signing_only');
const FIXTURE = path.resolve(__dirname, '../fixtures/stripe/payment_intent.succeeded.json');

export const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

/** A payment_intent.* event shaped like test/fixtures/stripe (Stripe's own resource fixture). */
export function paymentIntentEvent(options: {
  projectId: string;
  paymentType?: 'DEPOSIT' | 'FINAL' | string;
  amount?: number;
  type?: string;
  eventId?: string;
  intentId?: string;
  created?: number;
  metadata?: Record<string, string>;
}) {
  const event = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const intentId = options.intentId ?? newId('pi');
  event.id = options.eventId ?? newId('evt');
  event.type = options.type ?? 'payment_intent.succeeded';
  event.created = options.created ?? Math.floor(Date.now() / 1000);
  Object.assign(event.data.object, {
    id: intentId,
    amount: options.amount ?? 50_000,
    amount_received: event.type === 'payment_intent.succeeded' ? (options.amount ?? 50_000) : 0,
    status: event.type === 'payment_intent.succeeded' ? 'succeeded' : 'requires_payment_method',
    metadata: options.metadata ?? { project_id: options.projectId, payment_type: options.paymentType ?? 'DEPOSIT' },
  });
  return event;
}

export function chargeRefundedEvent(intentId: string, amount: number, amountRefunded: number) {
  return {
    id: newId('evt'),
    object: 'event',
    type: 'charge.refunded',
    created: Math.floor(Date.now() / 1000),
    data: {
      object: { id: newId('ch'), object: 'charge', amount, amount_refunded: amountRefunded, currency: 'eur', payment_intent: intentId, refunded: amount === amountRefunded },
    },
  };
}

/** Signs exactly as Stripe does, with the stripe package's own helper. */
export function stripeSignature(payload: string, secret: string, timestamp?: number): string {
  return stripe.webhooks.generateTestHeaderString({ payload, secret, ...(timestamp ? { timestamp } : {}) });
}

export async function postStripe(baseUrl: string, payload: string, signature: string | null) {
  const response = await fetch(`${baseUrl}/api/v1/webhook/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
    body: payload,
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as { status?: string; error?: string } | null };
}
