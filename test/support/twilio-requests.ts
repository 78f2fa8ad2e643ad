import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import twilio from 'twilio';

const FIXTURES = path.resolve(__dirname, '../fixtures/twilio');

export const twilioSid = (prefix: string) => `${prefix}${randomBytes(16).toString('hex')}`;

/** Inbound SMS parameters as Twilio posts them (test/fixtures/twilio/inbound-sms.json). */
export function inboundSms(from: string, body: string, messageSid = twilioSid('SM')): Record<string, string> {
  const params = JSON.parse(readFileSync(path.join(FIXTURES, 'inbound-sms.json'), 'utf8')) as Record<string, string>;
  return { ...params, From: from, Body: body, MessageSid: messageSid, SmsSid: messageSid, SmsMessageSid: messageSid };
}

/**
 * Posts form-encoded parameters to `target`, signed with the twilio package's own helper
 * for `publicUrl` (the URL configured in Twilio, which is what Twilio signs).
 */
export async function postTwilio(target: string, publicUrl: string, params: Record<string, string>, authToken: string, signature?: string) {
  const response = await fetch(target, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': signature ?? twilio.getExpectedTwilioSignature(authToken, publicUrl, params),
    },
    body: new URLSearchParams(params).toString(),
  });
  return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
}
