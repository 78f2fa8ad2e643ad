import type { Request } from 'express';
import type TwilioModule from 'twilio';
import type { AppConfig } from '../../core/config/config';
import type { SignatureCheck } from '../webhook-endpoint';

let twilio: typeof TwilioModule | undefined;

/**
 * Checks X-Twilio-Signature over the URL Twilio called and the POST parameters.
 * The URL must be the public one configured in Twilio (scheme, host, port, path,
 * query), which a proxy hides from us: hence TWILIO_WEBHOOK_URL / TWILIO_VOICE_WEBHOOK_URL,
 * falling back to the URL as seen through TRUSTED_PROXIES.
 * https://www.twilio.com/docs/usage/webhooks/webhooks-security
 */
export function verifyTwilioRequest(config: AppConfig, req: Request, params: Record<string, string>, configuredUrl: string | undefined): SignatureCheck {
  if (config.allowInsecureWebhooks) return { ok: true };
  const authToken = config.twilio.authToken;
  if (!authToken) return { ok: false, reason: 'TWILIO_AUTH_TOKEN is not configured', signatureValid: false, notConfigured: true };
  const signature = req.header('x-twilio-signature');
  if (!signature) return { ok: false, reason: 'missing X-Twilio-Signature', signatureValid: false };
  const url = configuredUrl ?? `${req.protocol}://${req.get('host')}${req.originalUrl}`;
  // Loaded on the first Twilio request, not at start-up (module loading is most of a start).
  twilio ??= require('twilio') as typeof TwilioModule;
  return twilio.validateRequest(authToken, signature, url, params) ? { ok: true } : { ok: false, reason: 'invalid X-Twilio-Signature', signatureValid: false };
}

/** Twilio posts application/x-www-form-urlencoded; every value a string. */
export function parseFormBody(rawBody: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(rawBody));
}
