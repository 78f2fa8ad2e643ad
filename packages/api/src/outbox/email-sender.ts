import type Nodemailer from 'nodemailer';
import type { SmtpConfig } from '../core/config/config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface EmailSender {
  /** Resolves with the Message-ID; rejects with an Error whose message is safe to store (no address, no body). */
  send(mail: OutgoingMail): Promise<string>;
  close(): void;
}

/** null when no SMTP host is configured. */
export function createEmailSender(smtp: SmtpConfig, timeoutMs: number): EmailSender | null {
  if (!smtp.host) return null;
  // Loaded on the first e-mail, not at start-up (module loading is most of a start).
  let transport: ReturnType<typeof Nodemailer.createTransport> | undefined;
  const transportOf = () =>
    (transport ??= (require('nodemailer') as typeof Nodemailer).createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    }));
  return {
    async send(mail) {
      try {
        const info = await transportOf().sendMail({ from: smtp.fromEmail, to: mail.to, subject: mail.subject, text: mail.text, html: toHtml(mail.text) });
        return info.messageId;
      } catch (error) {
        throw new Error(describeSmtpError(error));
      }
    },
    close: () => transport?.close(),
  };
}

/** The text body as simple HTML: escaped, line breaks kept, links clickable. */
export function toHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const linked = escaped.replace(/https?:\/\/[^\s<]+[^\s<.,;:!?)]/g, (url) => `<a href="${url}">${url}</a>`);
  return `<!doctype html><html><body><p>${linked.replace(/\r?\n/g, '<br>\n')}</p></body></html>`;
}

/** Nodemailer's code and the SMTP reply code only: server replies often quote the recipient. */
function describeSmtpError(error: unknown): string {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const parts = ['SMTP'];
  if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)) parts.push(code);
  if (typeof responseCode === 'number') parts.push(String(responseCode));
  if (parts.length === 1) parts.push(`failed: ${error instanceof Error ? error.name : typeof error}`);
  return parts.join(' ');
}
