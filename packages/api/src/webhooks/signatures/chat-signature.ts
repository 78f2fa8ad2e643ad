import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../../core/config/config';
import type { SignatureCheck } from '../webhook-endpoint';

const PREFIX = 'sha256=';

/** X-Signature: sha256=<hex HMAC-SHA256 of the raw body bytes with CHAT_WEBHOOK_SECRET>, compared in constant time. */
export function verifyChatSignature(config: AppConfig, rawBody: Buffer, header: string | undefined): SignatureCheck {
  if (config.allowInsecureWebhooks) return { ok: true };
  const secret = config.chatWebhookSecret;
  if (!secret) return { ok: false, reason: 'CHAT_WEBHOOK_SECRET is not configured', signatureValid: false, notConfigured: true };
  if (!header) return { ok: false, reason: 'missing X-Signature', signatureValid: false };
  const value = header.trim();
  if (!value.toLowerCase().startsWith(PREFIX)) return { ok: false, reason: 'X-Signature is not sha256=<hex>', signatureValid: false };
  const provided = Buffer.from(value.slice(PREFIX.length).toLowerCase(), 'utf8');
  const expected = Buffer.from(createHmac('sha256', secret).update(rawBody).digest('hex'), 'utf8');
  // timingSafeEqual throws on different lengths; the length of a hex digest is no secret.
  const valid = provided.length === expected.length && timingSafeEqual(provided, expected);
  return valid ? { ok: true } : { ok: false, reason: 'invalid X-Signature', signatureValid: false };
}
