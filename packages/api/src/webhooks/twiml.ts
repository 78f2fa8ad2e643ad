import type { Response } from 'express';

/** Twilio reads the answer as TwiML, on every path but a bad signature. https://www.twilio.com/docs/messaging/twiml */
export function twiml(res: Response, body: string, status = 200): void {
  res.status(status).type('application/xml').send(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

export const EMPTY_TWIML = '<Response/>';
