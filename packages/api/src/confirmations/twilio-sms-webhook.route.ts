import { requestFacts } from '../core/http/request-facts';
import type { RequestHandler } from 'express';
import { createSystemContext, type ContextDeps } from '../core/context/context-factory';
import { TWILIO_EVENT, WebhookDeliveryStatus, WebhookProvider } from '../webhooks/webhook-delivery.enums';
import { processDelivery, receiveDelivery, recordRejected, type DeliveryHandler } from '../webhooks/webhook-delivery.service';
import { escapeXml, parseFormBody, twiml, verifyTwilioRequest } from '../webhooks/twilio-signature';
import { SMS_REPLY } from './confirmation-messages';
import { parseSmsReply } from './confirmation-token';
import { confirmByToken, recordWrongAttempt } from './confirmation.service';

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
 * POST /api/v1/webhook/twilio. A bad signature is 403; everything else is 200 with a
 * TwiML document, also when the text is not understood or something fails inside
 * (Twilio shows errors to nobody, and the client should still get an answer).
 */
export function twilioSmsWebhookRoute(deps: ContextDeps): RequestHandler {
  const { config, dataSource } = deps;
  return async (req, res) => {
    const rawText = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    const params = parseFormBody(rawText);
    const log = req.log ?? deps.logger;
    try {
      const verified = verifyTwilioRequest(config, req, params, config.twilio.webhookUrl);
      if (!verified.ok) {
        await recordRejected(deps, WebhookProvider.TWILIO, rawText, verified.reason, false);
        res.status(403).type('text/plain').send('Forbidden');
        return;
      }
      const messageSid = params.MessageSid ?? params.SmsSid;
      if (!messageSid) {
        await recordRejected(deps, WebhookProvider.TWILIO, rawText, 'malformed payload: no MessageSid', true);
        twiml(res, '<Response/>');
        return;
      }
      const delivery = await receiveDelivery(dataSource, { provider: WebhookProvider.TWILIO, eventId: messageSid, eventType: TWILIO_EVENT.sms, payload: params, rawBody: rawText });
      const ctx = createSystemContext(deps, requestFacts(req));
      const result = await processDelivery(ctx, delivery.id, handleInboundSms);
      const reply = result.status === 'processed' || result.status === 'ignored' ? result.reply : null;
      twiml(res, reply ? `<Response><Message>${escapeXml(reply)}</Message></Response>` : '<Response/>');
    } catch (error) {
      log.error({ err: error }, 'Twilio SMS webhook failed');
      twiml(res, '<Response/>');
    }
  };
}
