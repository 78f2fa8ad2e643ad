import { SMS_REPLY } from '../../confirmations/confirmation-messages';
import { parseSmsReply } from '../../confirmations/confirmation-token';
import { confirmByToken, recordWrongAttempt } from '../../confirmations/confirmation.service';
import { parseFormBody, verifyTwilioRequest } from '../signatures/twilio-signature';
import { EMPTY_TWIML, escapeXml, twiml } from '../twiml';
import { TWILIO_EVENT, WebhookDeliveryStatus, WebhookProvider } from '../webhook-delivery.enums';
import type { DeliveryHandler } from '../webhook-delivery.service';
import type { WebhookEndpoint } from '../webhook-endpoint';

/** Inbound SMS: `TAIP <TOKEN>` from the client's phone activates the project. */
export const handleInboundSms: DeliveryHandler = async (tx, delivery) => {
  const params = (delivery.payload ?? {}) as Record<string, string>;
  const token = parseSmsReply(params.Body);
  if (!token) return { status: WebhookDeliveryStatus.IGNORED, outcome: 'not a TAIP reply', reply: SMS_REPLY.notUnderstood };
  const from = params.From ?? '';
  const result = await confirmByToken(tx, token, { channel: 'SMS', fromPhone: from, messageSid: delivery.eventId ?? '' });
  if (result.confirmed) {
    return { status: WebhookDeliveryStatus.PROCESSED, outcome: `project ${result.project.id} confirmed and activated`, reply: SMS_REPLY.confirmed };
  }
  await recordWrongAttempt(tx, from);
  return { status: WebhookDeliveryStatus.PROCESSED, outcome: `confirmation refused: ${result.reason}`, reply: SMS_REPLY.refused };
};

/**
 * POST /api/v1/webhook/twilio. Answers (contract): a bad signature 403; everything else 200
 * with a TwiML document, also when the text is not understood or something fails inside
 * (Twilio shows errors to nobody, and the client should still get an answer).
 */
export const twilioSmsEndpoint: WebhookEndpoint = {
  provider: WebhookProvider.TWILIO,
  verify: (req, rawBody, config) => verifyTwilioRequest(config, req, parseFormBody(rawBody.toString('utf8')), config.twilio.webhookUrl),
  parse(rawBody) {
    const params = parseFormBody(rawBody);
    const messageSid = params.MessageSid ?? params.SmsSid;
    if (!messageSid) return { malformed: 'malformed payload: no MessageSid' };
    return { eventId: messageSid, eventType: TWILIO_EVENT.sms, payload: params };
  },
  handler: handleInboundSms,
  answers: {
    refused: (res) => res.status(403).type('text/plain').send('Forbidden'),
    malformed: (res) => twiml(res, EMPTY_TWIML),
    settled(res, result) {
      const reply = result.status === 'processed' || result.status === 'ignored' ? result.reply : null;
      twiml(res, reply ? `<Response><Message>${escapeXml(reply)}</Message></Response>` : EMPTY_TWIML);
    },
    unexpected: (res) => twiml(res, EMPTY_TWIML),
  },
};
