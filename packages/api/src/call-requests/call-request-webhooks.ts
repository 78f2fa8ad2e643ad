import { requestFacts } from '../core/http/request-facts';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { systemActor } from '../audit/actor';
import { ActorType } from '../audit/actor-type.enum';
import type { AppConfig } from '../core/config/config';
import { createSystemContext, type ContextDeps } from '../core/context/context-factory';
import type { RequestContext } from '../core/context/request-context';
import { E164 } from '../core/validation/e164';
import { escapeXml, parseFormBody, twiml, verifyTwilioRequest } from '../webhooks/twilio-signature';
import { TWILIO_EVENT, WebhookDeliveryStatus, WebhookProvider } from '../webhooks/webhook-delivery.enums';
import { processDelivery, receiveDelivery, recordRejected, type DeliveryHandler } from '../webhooks/webhook-delivery.service';
import { PermanentWebhookError } from '../webhooks/webhook-errors';
import { CallRequestSource } from './call-request.enums';
import { recordCallRequest } from './call-request.service';

/** What every caller hears, whatever happened to the call request: Twilio callers must never get silence. */
export const CALL_BACK_MESSAGE = 'Sveiki, čia VejaPRO. Jūsų skambutį gavome ir netrukus jums perskambinsime. Ačiū!';
const CALL_BACK_TWIML = `<Response><Say language="lt-LT">${escapeXml(CALL_BACK_MESSAGE)}</Say></Response>`;

/** Longest accepted chat field; longer input is refused rather than silently cut. */
const MAX_CHAT_FIELD = 2000;
const MAX_CHAT_ID = 200;
const CHAT_SIGNATURE_PREFIX = 'sha256=';

type Verification = { ok: true } | { ok: false; reason: string };

/** The chat widget's event as posted (contract: `{"id","type":"message","name","email","phone","text","sentAt"}`). */
interface ChatEnvelope {
  id: string;
  type: string | null;
  payload: Record<string, unknown>;
}

interface ChatMessage {
  name: string | null;
  email: string | null;
  phone: string | null;
  text: string;
  sentAt: Date | null;
}

// ---------------------------------------------------------------- handlers (provider call and admin replay)

/** An inbound call (Twilio voice): someone to call back. A repeated CallSid adds nothing. */
export const handleInboundCall: DeliveryHandler = async (tx, delivery) => {
  const callSid = delivery.eventId;
  if (!callSid) throw new PermanentWebhookError('inbound call without CallSid');
  const params = delivery.payload ?? {};
  const from = typeof params.From === 'string' ? params.From.trim() : '';
  const callerName = typeof params.CallerName === 'string' ? params.CallerName.trim().slice(0, MAX_CHAT_FIELD) || null : null;
  const created = await recordCallRequest(
    tx,
    {
      source: CallRequestSource.PHONE,
      externalId: callSid,
      // Withheld numbers arrive as "Anonymous", "Restricted" and the like: recorded, with no number to call.
      phone: E164.test(from) ? from : null,
      callerName,
      // When Twilio called, also on an admin's replay later.
      requestedAt: delivery.receivedAt ?? new Date(),
    },
    systemActor(ActorType.SYSTEM_TWILIO, callSid),
  );
  return { status: WebhookDeliveryStatus.PROCESSED, outcome: created ? `call request ${created.id} created` : 'call request already recorded' };
};

/** A website chat event: a message becomes a call request; other types are stored and ignored. */
export const handleChatEvent: DeliveryHandler = async (tx, delivery) => {
  const payload = delivery.payload ?? {};
  if (delivery.eventType !== 'message') {
    return { status: WebhookDeliveryStatus.IGNORED, outcome: `unhandled chat event type ${delivery.eventType ?? String(payload.type)}` };
  }
  if (!delivery.eventId) throw new PermanentWebhookError('chat event without id');
  const message = parseChatMessage(payload);
  const created = await recordCallRequest(
    tx,
    {
      source: CallRequestSource.CHAT,
      externalId: delivery.eventId,
      callerName: message.name,
      email: message.email,
      phone: message.phone,
      message: message.text,
      requestedAt: message.sentAt ?? delivery.receivedAt ?? new Date(),
    },
    // Contract: SYSTEM's actorId is null; the chat event id is kept as the source reference.
    systemActor(ActorType.SYSTEM, null, delivery.eventId),
  );
  return { status: WebhookDeliveryStatus.PROCESSED, outcome: created ? `call request ${created.id} created` : 'call request already recorded' };
};

// ---------------------------------------------------------------- routes

/**
 * POST /api/v1/webhook/twilio/voice. Bad signature: 403. Otherwise always 200 TwiML,
 * also when recording failed (logged; a stored RECEIVED delivery can be replayed by an admin).
 */
export function twilioVoiceWebhookRoute(deps: ContextDeps): RequestHandler {
  return async (req, res) => {
    const ctx = systemContextFor(deps, req);
    const rawBody = rawBodyOf(req).toString('utf8');
    const params = parseFormBody(rawBody);
    const verification = verifyTwilioRequest(deps.config, req, params, deps.config.twilio.voiceWebhookUrl);
    if (!verification.ok) {
      await recordRejected(ctx, WebhookProvider.TWILIO, rawBody, verification.reason, false);
      res.status(403).type('text/plain').send('Forbidden');
      return;
    }
    const callSid = params.CallSid?.trim();
    if (!callSid) {
      await recordRejected(ctx, WebhookProvider.TWILIO, rawBody, 'missing CallSid', true);
      // Twilio gets TwiML on every path but a bad signature (the contract).
      twiml(res, '<Response/>');
      return;
    }
    try {
      const delivery = await receiveDelivery(deps.dataSource, {
        provider: WebhookProvider.TWILIO,
        eventId: callSid,
        eventType: TWILIO_EVENT.voice,
        payload: params,
        rawBody,
      });
      await processDelivery(ctx, delivery.id, handleInboundCall);
    } catch (error) {
      ctx.logger.error({ err: error, callSid }, 'inbound call not recorded; answering the caller anyway');
    }
    twiml(res, CALL_BACK_TWIML);
  };
}

/**
 * POST /api/v1/webhook/chat/events. Bad or missing signature: 401; unreadable body: 400;
 * otherwise 200 with the processing result, or 503 when it may succeed on a retry.
 */
export function chatWebhookRoute(deps: ContextDeps): RequestHandler {
  return async (req, res) => {
    const ctx = systemContextFor(deps, req);
    const raw = rawBodyOf(req);
    const rawBody = raw.toString('utf8');
    const verification = verifyChatSignature(deps.config, raw, req.header('x-signature'));
    if (!verification.ok) {
      await recordRejected(ctx, WebhookProvider.CHAT, rawBody, verification.reason, false);
      res.status(401).json({ status: 'rejected' });
      return;
    }
    const envelope = parseChatEnvelope(rawBody);
    if ('reason' in envelope) {
      await recordRejected(ctx, WebhookProvider.CHAT, rawBody, envelope.reason, true);
      res.status(400).json({ status: 'rejected' });
      return;
    }
    try {
      const delivery = await receiveDelivery(deps.dataSource, {
        provider: WebhookProvider.CHAT,
        eventId: envelope.id,
        eventType: envelope.type,
        payload: envelope.payload,
        rawBody,
      });
      const result = await processDelivery(ctx, delivery.id, handleChatEvent);
      res.status(200).json({ status: result.status });
    } catch (error) {
      ctx.logger.error({ err: error, chatEventId: envelope.id }, 'chat event not processed; the sender should retry');
      res.status(503).json({ status: 'error' });
    }
  };
}

// ---------------------------------------------------------------- boundary checks

/** X-Signature: sha256=<hex HMAC-SHA256 of the raw body bytes with CHAT_WEBHOOK_SECRET>, compared in constant time. */
export function verifyChatSignature(config: AppConfig, rawBody: Buffer, header: string | undefined): Verification {
  if (config.allowInsecureWebhooks) return { ok: true };
  const secret = config.chatWebhookSecret;
  if (!secret) return { ok: false, reason: 'CHAT_WEBHOOK_SECRET is not configured' };
  if (!header) return { ok: false, reason: 'missing X-Signature' };
  const value = header.trim();
  if (!value.toLowerCase().startsWith(CHAT_SIGNATURE_PREFIX)) return { ok: false, reason: 'X-Signature is not sha256=<hex>' };
  const provided = Buffer.from(value.slice(CHAT_SIGNATURE_PREFIX.length).toLowerCase(), 'utf8');
  const expected = Buffer.from(createHmac('sha256', secret).update(rawBody).digest('hex'), 'utf8');
  // timingSafeEqual throws on different lengths; the length of a hex digest is no secret.
  const valid = provided.length === expected.length && timingSafeEqual(provided, expected);
  return valid ? { ok: true } : { ok: false, reason: 'invalid X-Signature' };
}

/** Only what a delivery row needs: a JSON object with a string id. The rest is checked by the handler. */
function parseChatEnvelope(rawBody: string): ChatEnvelope | { reason: string } {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return { reason: 'body is not JSON' };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { reason: 'body is not a JSON object' };
  const payload = body as Record<string, unknown>;
  const { id, type } = payload;
  if (typeof id !== 'string' || !id.trim() || id.length > MAX_CHAT_ID) return { reason: `id must be a non-empty string of at most ${MAX_CHAT_ID} characters` };
  return { id, type: typeof type === 'string' ? type.slice(0, MAX_CHAT_ID) : null, payload };
}

/** A message that can never become a call request as it is fails permanently (stored FAILED with the reason). */
function parseChatMessage(payload: Record<string, unknown>): ChatMessage {
  const text = optionalString(payload, 'text');
  if (!text) throw new PermanentWebhookError('chat message without text');
  const sentAtText = optionalString(payload, 'sentAt');
  const sentAt = sentAtText ? new Date(sentAtText) : null;
  if (sentAt && Number.isNaN(sentAt.getTime())) throw new PermanentWebhookError('chat message sentAt is not a date');
  return {
    name: optionalString(payload, 'name'),
    email: optionalString(payload, 'email')?.toLowerCase() ?? null,
    // Typed by a visitor, kept as written: a number in any format is still a number to call.
    phone: optionalString(payload, 'phone'),
    text,
    sentAt,
  };
}

function optionalString(payload: Record<string, unknown>, field: string): string | null {
  const value = payload[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new PermanentWebhookError(`chat message ${field} must be a string`);
  const trimmed = value.trim();
  if (trimmed.length > MAX_CHAT_FIELD) throw new PermanentWebhookError(`chat message ${field} is longer than ${MAX_CHAT_FIELD} characters`);
  return trimmed || null;
}

// ---------------------------------------------------------------- plumbing

/** express.raw (webhook-routes) leaves a Buffer; no body at all leaves nothing. */
function rawBodyOf(req: Request): Buffer {
  return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
}

function systemContextFor(deps: ContextDeps, req: Request): RequestContext {
  return createSystemContext(deps, requestFacts(req));
}

