import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { waitFor } from './fake-twilio';

export interface SinkMail {
  /** Envelope recipients (RCPT TO). */
  envelopeTo: string[];
  /** Addresses of the To header. */
  to: string[];
  from: string | undefined;
  subject: string | undefined;
  text: string | undefined;
  html: string | undefined;
}

export interface SmtpSink {
  port: number;
  mails: SinkMail[];
  waitForMail(predicate?: (mail: SinkMail) => boolean, timeoutMs?: number): Promise<SinkMail>;
  close(): Promise<void>;
}

/** A local SMTP server on a random port that accepts anything and keeps the parsed mails. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const waiters = new Set<() => void>();
  const mails: SinkMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP: with STARTTLS offered, the client would upgrade and reject the self-signed certificate.
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({
            envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            to: addresses(parsed.to),
            from: parsed.from?.value[0]?.address,
            subject: parsed.subject,
            text: parsed.text,
            html: parsed.html || undefined,
          });
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    mails,
    waitForMail: (predicate = () => true, timeoutMs = 10_000) => waitFor(() => mails.find(predicate), waiters, timeoutMs, 'a mail at the SMTP sink'),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) => object.value.map((entry) => entry.address ?? ''));
}
