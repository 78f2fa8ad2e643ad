import { systemActor } from '../../audit/actor';
import { ActorType } from '../../audit/actor-type.enum';
import { CallRequestSource } from '../../call-requests/call-request.enums';
import { recordCallRequest } from '../../call-requests/call-request.service';
import { verifyChatSignature } from '../signatures/chat-signature';
import { WebhookDeliveryStatus, WebhookProvider } from '../webhook-delivery.enums';
import type { DeliveryHandler } from '../webhook-delivery.service';
import type { WebhookEndpoint } from '../webhook-endpoint';
import { PermanentWebhookError } from '../webhook-errors';

/** Longest accepted chat field; longer input is refused rather than silently cut. */
const MAX_CHAT_FIELD = 2000;
const MAX_CHAT_ID = 200;

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

/**
 * POST /api/v1/webhook/chat/events. Answers (contract): bad or missing signature 401;
 * unreadable body 400; otherwise 200 with the processing result, or 503 when it may
 * succeed on a retry.
 */
export const chatEndpoint: WebhookEndpoint = {
  provider: WebhookProvider.CHAT,
  verify: (req, rawBody, config) => verifyChatSignature(config, rawBody, req.header('x-signature')),
  parse(rawBody) {
    const envelope = parseChatEnvelope(rawBody);
    if ('reason' in envelope) return { malformed: envelope.reason };
    return { eventId: envelope.id, eventType: envelope.type, payload: envelope.payload };
  },
  handler: handleChatEvent,
  answers: {
    refused: (res) => res.status(401).json({ status: 'rejected' }),
    malformed: (res) => res.status(400).json({ status: 'rejected' }),
    settled: (res, result) => res.status(200).json({ status: result.status }),
    unexpected: (res) => res.status(503).json({ status: 'error' }),
  },
};
