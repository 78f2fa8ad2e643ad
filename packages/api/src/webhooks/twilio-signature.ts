import type { Request } from 'express';
import twilio from 'twilio';
import type { AppConfig } from '../core/config/config';

export type TwilioVerification = { ok: true } | { ok: false; reason: string };

/**
 * Checks X-Twilio-Signature over the URL Twilio called and the POST parameters.
 * The URL must be the public one configured in Twilio (scheme, host, port, path,
 * query), which a proxy hides from us: hence TWILIO_WEBHOOK_URL / TWILIO_VOICE_WEBHOOK_URL,
 * falling back to the URL as seen through TRUSTED_PROXIES.
 * https://www.twilio.com/docs/usage/webhooks/webhooks-security
 */
export function verifyTwilioRequest(config: AppConfig, req: Request, params: Record<string, string>, configuredUrl: string | undefined): TwilioVerification {
  if (config.allowInsecureWebhooks) return { ok: true };
  const authToken = config.twilio.authToken;
  if (!authToken) return { ok: false, reason: 'TWILIO_AUTH_TOKEN is not configured' };
  const signature = req.header('x-twilio-signature');
  if (!signature) return { ok: false, reason: 'missing X-Twilio-Signature' };
  const url = configuredUrl ?? `${req.protocol}://${req.get('host')}${req.originalUrl}`;
  return twilio.validateRequest(authToken, signature, url, params) ? { ok: true } : { ok: false, reason: 'invalid X-Twilio-Signature' };
}

/** Twilio posts application/x-www-form-urlencoded; every value a string. */
export function parseFormBody(rawBody: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(rawBody));
}

export function twiml(res: import('express').Response, body: string, status = 200): void {
  res.status(status).type('application/xml').send(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}
