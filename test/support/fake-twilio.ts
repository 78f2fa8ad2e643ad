import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A Lithuanian mobile number no other test uses, so the fake's log can be searched by it. */
export const uniquePhone = () => `+3706${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;

export interface FakeTwilioMessage {
  sid: string;
  accountSid: string;
  /** Basic-auth user and password the client sent. */
  auth: { username: string; password: string } | null;
  to: string;
  from: string;
  body: string;
}

export interface FakeTwilio {
  /** Base URL for TWILIO_API_BASE_URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Messages accepted (201), in arrival order. */
  messages: FakeTwilioMessage[];
  /** Requests answered 503 while `failing` was on. */
  rejected: number;
  /** While true, every request is answered 503 like a Twilio outage. */
  failing: boolean;
  /** Milliseconds to wait before answering, so sends overlap (two instances) or time out. */
  delayMs: number;
  waitForMessage(predicate?: (message: FakeTwilioMessage) => boolean, timeoutMs?: number): Promise<FakeTwilioMessage>;
  close(): Promise<void>;
}

const MESSAGES_PATH = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\/Messages\.json$/;

/** A local stand-in for Twilio's Messages API (create only), on a random port. */
export async function startFakeTwilio(): Promise<FakeTwilio> {
  const waiters = new Set<() => void>();
  const fake: FakeTwilio = {
    url: '',
    messages: [],
    rejected: 0,
    failing: false,
    delayMs: 0,
    waitForMessage: (predicate = () => true, timeoutMs = 10_000) => waitFor(() => fake.messages.find(predicate), waiters, timeoutMs, 'a message at the fake Twilio'),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = MESSAGES_PATH.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) return reply(res, 404, twilioError(404, 20404, 'The requested resource was not found'));
    const accountSid = match[1]!;
    const auth = basicAuth(req.headers.authorization);
    if (auth?.username !== accountSid) return reply(res, 401, twilioError(401, 20003, 'Authenticate'));
    const form = new URLSearchParams(await readBody(req));
    if (fake.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, fake.delayMs));
    if (fake.failing) {
      fake.rejected++;
      return reply(res, 503, twilioError(503, 20503, 'Service unavailable'));
    }
    const [to, from, body] = [form.get('To'), form.get('From'), form.get('Body')];
    if (!to || !from || !body) return reply(res, 400, twilioError(400, 21604, "A 'To', 'From' and 'Body' are required"));
    const sid = `SM${randomBytes(16).toString('hex')}`;
    fake.messages.push({ sid, accountSid, auth, to, from, body });
    for (const wake of waiters) wake();
    const now = new Date().toUTCString();
    reply(res, 201, {
      account_sid: accountSid,
      api_version: '2010-04-01',
      body,
      date_created: now,
      date_sent: null,
      date_updated: now,
      direction: 'outbound-api',
      error_code: null,
      error_message: null,
      from,
      messaging_service_sid: null,
      num_media: '0',
      num_segments: '1',
      price: null,
      price_unit: 'USD',
      sid,
      status: 'queued',
      subresource_uris: { media: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}/Media.json` },
      to,
      uri: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}.json`,
    });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => reply(res, 500, twilioError(500, 20500, String(error))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

/** Twilio's error body: https://www.twilio.com/docs/usage/twilios-response#response-formats-exceptions */
function twilioError(status: number, code: number, message: string) {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function basicAuth(header: string | undefined): { username: string; password: string } | null {
  if (!header?.startsWith('Basic ')) return null;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Resolves with the first value `find` returns, re-checked whenever the fake records something. */
export function waitFor<T>(find: () => T | undefined, waiters: Set<() => void>, timeoutMs: number, what: string): Promise<T> {
  const found = find();
  if (found !== undefined) return Promise.resolve(found);
  return new Promise<T>((resolve, reject) => {
    const check = () => {
      const value = find();
      if (value === undefined) return;
      done();
      resolve(value);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      waiters.delete(check);
    };
    waiters.add(check);
  });
}
