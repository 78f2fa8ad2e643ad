import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInTransaction } from '../../packages/api/src/core/db/transaction';
import { createSystemContext } from '../../packages/api/src/core/context/context-factory';
import { createLogger } from '../../packages/api/src/core/logging/logger';
import { MessageChannel } from '../../packages/api/src/outbox/outbound-message.enums';
import { enqueueMessage, type NewMessage } from '../../packages/api/src/outbox/outbox.service';
import { startFakeTwilio, uniquePhone, type FakeTwilio } from '../support/fake-twilio';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import type { OutboundMessagesQuery } from '../generated/graphql';
import { dataOf } from '../support/documents';
import { OUTBOUND_MESSAGES } from '../support/operations';
import { Role, startTestServer, type TestServer } from '../support/test-server';

interface Row {
  id: string;
  status: string;
  body: string;
  secrets: string[];
  attempts: number;
  last_error: string | null;
  provider_message_id: string | null;
  sent_at: Date | null;
}

const ACCOUNT_SID = `AC${randomBytes(16).toString('hex')}`;
const AUTH_TOKEN = randomBytes(16).toString('hex');
const FROM_NUMBER = '+37052000000';

/** Through the real code path: enqueueMessage in a system context's transaction, the worker woken after commit. */
async function enqueue(server: TestServer, message: NewMessage): Promise<string> {
  const deps = { config: server.config, logger: createLogger(server.config), dataSource: server.dataSource };
  const ctx = createSystemContext(deps, { requestId: randomUUID(), ip: null, userAgent: null });
  return (await runInTransaction(ctx, (tx) => enqueueMessage(tx, message))).id;
}

async function row(server: TestServer, id: string): Promise<Row> {
  const [found] = (await server.dataSource.query(`SELECT id, status, body, secrets, attempts, last_error, provider_message_id, sent_at FROM outbound_messages WHERE id = $1`, [
    id,
  ])) as Row[];
  if (!found) throw new Error(`no outbound message ${id}`);
  return found;
}

async function waitForRow(server: TestServer, id: string, predicate: (row: Row) => boolean, timeoutMs = 10_000): Promise<Row> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const current = await row(server, id);
    if (predicate(current)) return current;
    if (Date.now() > deadline) throw new Error(`outbound message ${id} did not reach the expected state: ${JSON.stringify({ ...current, body: undefined })}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('outbox', () => {
  let fake: FakeTwilio;
  let sink: SmtpSink;
  let server: TestServer;
  let env: Record<string, string>;

  beforeAll(async () => {
    [fake, sink] = await Promise.all([startFakeTwilio(), startSmtpSink()]);
    env = {
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_FROM_NUMBER: FROM_NUMBER,
      TWILIO_API_BASE_URL: fake.url,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(sink.port),
      SMTP_FROM_EMAIL: 'no-reply@test.vejapro.lt',
    };
    server = await startTestServer(env);
  });

  afterAll(async () => {
    await server?.close();
    await Promise.all([fake?.close(), sink?.close()]);
  });

  it('sends an SMS through Twilio and keeps only the masked token once sent', async () => {
    const to = uniquePhone();
    const body = 'VejaPRO: patvirtinkite mokėjimą atsakydami TAIP K7M3QX';
    const id = await enqueue(server, { channel: MessageChannel.SMS, recipient: to, body, secrets: ['K7M3QX'] });

    const sent = await fake.waitForMessage((message) => message.to === to);
    expect(sent).toMatchObject({ accountSid: ACCOUNT_SID, from: FROM_NUMBER, body, auth: { username: ACCOUNT_SID, password: AUTH_TOKEN } });

    const stored = await waitForRow(server, id, (current) => current.status === 'SENT');
    expect(stored.provider_message_id).toBe(sent.sid);
    expect(stored.provider_message_id).toMatch(/^SM[0-9a-f]{32}$/);
    expect(stored.sent_at).not.toBeNull();
    expect(stored.attempts).toBe(1);
    expect(stored.last_error).toBeNull();
    expect(stored.body).toBe('VejaPRO: patvirtinkite mokėjimą atsakydami TAIP ******');
    expect(stored.secrets).toEqual([]);
  });

  it('sends an e-mail over SMTP, text and HTML with the link clickable', async () => {
    const to = `klientas-${randomUUID()}@example.lt`;
    const link = 'http://localhost:4000/public/confirm-payment/H4WX9P';
    const id = await enqueue(server, {
      channel: MessageChannel.EMAIL,
      recipient: to,
      subject: 'Patvirtinkite mokėjimą',
      body: `Sveiki,\npatvirtinkite: ${link}`,
      secrets: ['H4WX9P'],
    });

    const mail = await sink.waitForMail((candidate) => candidate.envelopeTo.includes(to));
    expect(mail).toMatchObject({ to: [to], from: 'no-reply@test.vejapro.lt', subject: 'Patvirtinkite mokėjimą' });
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(`<a href="${link}">`);

    const stored = await waitForRow(server, id, (current) => current.status === 'SENT');
    expect(stored.provider_message_id).toMatch(/^<.+>$/);
    expect(stored.body).not.toContain('H4WX9P');
  });

  it('retries with backoff while Twilio is down and sends once it recovers', async () => {
    const to = uniquePhone();
    fake.failing = true;
    try {
      const id = await enqueue(server, { channel: MessageChannel.SMS, recipient: to, body: 'Kodas R2D2ZZ', secrets: ['R2D2ZZ'] });
      const failed = await waitForRow(server, id, (current) => current.attempts > 0);
      expect(failed.status).toBe('PENDING');
      expect(failed.last_error).toBe('Twilio HTTP 503 error 20503');
      expect(failed.last_error).not.toContain(to);
      const [{ delay_s: delaySeconds }] = (await server.dataSource.query(
        `SELECT extract(epoch FROM next_attempt_at - now())::float AS delay_s FROM outbound_messages WHERE id = $1`,
        [id],
      )) as [{ delay_s: number }];
      expect(delaySeconds).toBeGreaterThan(0.5);
      expect(fake.messages.some((message) => message.to === to)).toBe(false);

      fake.failing = false;
      // Skips the rest of the backoff so the test does not wait for it: the retry is due now.
      await server.dataSource.query(`UPDATE outbound_messages SET next_attempt_at = now() WHERE id = $1`, [id]);
      const stored = await waitForRow(server, id, (current) => current.status === 'SENT');
      expect(stored.attempts).toBeGreaterThanOrEqual(2);
      expect(stored.last_error).toBeNull();
      expect(fake.messages.filter((message) => message.to === to)).toHaveLength(1);
    } finally {
      fake.failing = false;
    }
  });

  it('sends a row that no signal announced (another instance, or left over from a restart) by polling', async () => {
    const to = uniquePhone();
    const [{ id }] = (await server.dataSource.query(`INSERT INTO outbound_messages (channel, recipient, body) VALUES ('SMS', $1, 'Sveiki') RETURNING id`, [to])) as [
      { id: string },
    ];
    await fake.waitForMessage((message) => message.to === to, 5_000);
    await waitForRow(server, id, (current) => current.status === 'SENT');
  });

  it('never sends a message twice with two instances on one database: 20 messages, 20 sends', async () => {
    // Its own sender number tells the fake which instance sent what.
    const second = await startTestServer({ ...env, TWILIO_FROM_NUMBER: '+37052999999' }, { database: server.database });
    // Slow answers keep rows locked while the other instance looks for work.
    fake.delayMs = 30;
    let secondClosed = false;
    try {
      const batch = randomUUID();
      const ids = await Promise.all(
        Array.from({ length: 20 }, (_, i) => enqueue(i % 2 ? second : server, { channel: MessageChannel.SMS, recipient: uniquePhone(), body: `${batch} #${i}` })),
      );
      const ofBatch = () => fake.messages.filter((message) => message.body.startsWith(batch));
      for (const id of ids) await waitForRow(server, id, (current) => current.status === 'SENT', 15_000);
      // Every send of the batch, a duplicate included had there been one, has reached the fake once both
      // workers are done: the second stops after the send it has in flight; the first sends one message
      // at a time, so by the time it has sent one more, whatever it had in flight has gone too.
      await second.close();
      secondClosed = true;
      await waitForRow(server, await enqueue(server, { channel: MessageChannel.SMS, recipient: uniquePhone(), body: 'after the batch' }), (current) => current.status === 'SENT');
      expect(ofBatch()).toHaveLength(20);
      expect(new Set(ofBatch().map((message) => message.body)).size).toBe(20);
      // Both instances took part (they split the batch about evenly), so the test did exercise the row locks.
      expect(new Set(ofBatch().map((message) => message.from))).toEqual(new Set([FROM_NUMBER, '+37052999999']));
      const sids = (await server.dataSource.query(`SELECT provider_message_id FROM outbound_messages WHERE id = ANY($1)`, [ids])) as Array<{
        provider_message_id: string;
      }>;
      expect(new Set(sids.map((sid) => sid.provider_message_id))).toEqual(new Set(ofBatch().map((message) => message.sid)));
    } finally {
      fake.delayMs = 0;
      if (!secondClosed) await second.close();
    }
  });

  describe('without provider credentials (development)', () => {
    let bare: TestServer;
    const token = 'PX7K2M';

    beforeAll(async () => {
      // Its own database: its worker would otherwise capture the other server's messages.
      bare = await startTestServer({});
    });

    afterAll(async () => {
      await bare?.close();
    });

    it('keeps messages as CAPTURED and sends nothing', async () => {
      const phone = uniquePhone();
      const email = `klientas-${randomUUID()}@example.lt`;
      const sms = await enqueue(bare, { channel: MessageChannel.SMS, recipient: phone, body: `Kodas ${token}`, secrets: [token] });
      const mail = await enqueue(bare, { channel: MessageChannel.EMAIL, recipient: email, subject: 'Kodas', body: `Kodas ${token}`, secrets: [token] });
      for (const id of [sms, mail]) {
        const stored = await waitForRow(bare, id, (current) => current.status !== 'PENDING');
        expect(stored).toMatchObject({ status: 'CAPTURED', attempts: 0, provider_message_id: null, sent_at: null });
      }
      // A row leaves PENDING in the transaction that would have sent it, after the send: had anything
      // been sent, the fakes would hold it already.
      expect(fake.messages.some((message) => message.to === phone)).toBe(false);
      expect(sink.mails.some((candidate) => candidate.envelopeTo.includes(email))).toBe(false);
    });

    it('lists messages to admins newest first with tokens masked, and refuses other roles', async () => {
      // Its own token and messages: what other tests left in the outbox is listed too, after these.
      const listed = 'LK4W9N';
      await enqueue(bare, { channel: MessageChannel.SMS, recipient: uniquePhone(), body: `Kodas ${listed}`, secrets: [listed] });
      await enqueue(bare, { channel: MessageChannel.EMAIL, recipient: `klientas-${randomUUID()}@example.lt`, subject: 'Kodas', body: `Kodas ${listed}`, secrets: [listed] });
      for (let i = 0; i < 3; i++) await enqueue(bare, { channel: MessageChannel.SMS, recipient: uniquePhone(), body: `Žinutė ${i}` });
      const [{ n: total }] = (await bare.dataSource.query(`SELECT count(*)::int AS n FROM outbound_messages`)) as [{ n: number }];
      const admin = await bare.token(Role.ADMIN);

      const seen: OutboundMessagesQuery['outboundMessages']['edges'][number]['node'][] = [];
      let after: string | null = null;
      do {
        // Annotated: `after` feeds back into the next request, which TypeScript cannot infer through.
        const page: OutboundMessagesQuery['outboundMessages'] = dataOf(await bare.graphql(OUTBOUND_MESSAGES, { first: 2, after }, admin)).outboundMessages;
        expect(page.totalCount).toBe(total);
        seen.push(...page.edges.map((edge) => edge.node));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);

      expect(seen.slice(0, 5).map((node) => node.body)).toEqual(['Žinutė 2', 'Žinutė 1', 'Žinutė 0', 'Kodas ******', 'Kodas ******']);
      expect(new Set(seen.map((node) => node.id)).size).toBe(total);
      // Masked for admins, still whole in the table: a captured message was never sent.
      const [stored] = (await bare.dataSource.query(`SELECT count(*)::int AS n FROM outbound_messages WHERE body LIKE $1`, [`%${listed}%`])) as [{ n: number }];
      expect(stored.n).toBe(2);

      const contractor = await bare.token(Role.CONTRACTOR);
      const refused = await bare.graphql(OUTBOUND_MESSAGES, { first: 2 }, contractor);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(refused.data ?? null).toBeNull();
    });
  });
});
