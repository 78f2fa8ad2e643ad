import { systemActor } from '../../audit/actor';
import { ActorType } from '../../audit/actor-type.enum';
import { CallRequestSource } from '../../call-requests/call-request.enums';
import { recordCallRequest } from '../../call-requests/call-request.service';
import { E164 } from '../../core/validation/e164';
import { parseFormBody, verifyTwilioRequest } from '../signatures/twilio-signature';
import { EMPTY_TWIML, escapeXml, twiml } from '../twiml';
import { TWILIO_EVENT, WebhookDeliveryStatus, WebhookProvider } from '../webhook-delivery.enums';
import type { DeliveryHandler } from '../webhook-delivery.service';
import type { WebhookEndpoint } from '../webhook-endpoint';
import { PermanentWebhookError } from '../webhook-errors';

/** What every caller hears, whatever happened to the call request: Twilio callers must never get silence. */
export const CALL_BACK_MESSAGE = 'Sveiki, čia VejaPRO. Jūsų skambutį gavome ir netrukus jums perskambinsime. Ačiū!';
const CALL_BACK_TWIML = `<Response><Say language="lt-LT">${escapeXml(CALL_BACK_MESSAGE)}</Say></Response>`;
const MAX_CALLER_NAME = 2000;

/** An inbound call (Twilio voice): someone to call back. A repeated CallSid adds nothing. */
export const handleInboundCall: DeliveryHandler = async (tx, delivery) => {
  const callSid = delivery.eventId;
  if (!callSid) throw new PermanentWebhookError('inbound call without CallSid');
  const params = delivery.payload ?? {};
  const from = typeof params.From === 'string' ? params.From.trim() : '';
  const callerName = typeof params.CallerName === 'string' ? params.CallerName.trim().slice(0, MAX_CALLER_NAME) || null : null;
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

/**
 * POST /api/v1/webhook/twilio/voice. Answers (contract): a bad signature 403; otherwise
 * always 200 TwiML saying, in Lithuanian, that the company will call back, also when
 * recording failed (logged; a stored RECEIVED delivery can be replayed by an admin).
 */
export const twilioVoiceEndpoint: WebhookEndpoint = {
  provider: WebhookProvider.TWILIO,
  verify: (req, rawBody, config) => verifyTwilioRequest(config, req, parseFormBody(rawBody.toString('utf8')), config.twilio.voiceWebhookUrl),
  parse(rawBody) {
    const params = parseFormBody(rawBody);
    const callSid = params.CallSid?.trim();
    if (!callSid) return { malformed: 'missing CallSid' };
    return { eventId: callSid, eventType: TWILIO_EVENT.voice, payload: params };
  },
  handler: handleInboundCall,
  answers: {
    refused: (res) => res.status(403).type('text/plain').send('Forbidden'),
    malformed: (res) => twiml(res, EMPTY_TWIML),
    settled: (res) => twiml(res, CALL_BACK_TWIML),
    unexpected: (res) => twiml(res, CALL_BACK_TWIML),
  },
};
