import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql';
import type { CallRequestFilter } from '../generated/graphql';
import { dataOf } from '../support/documents';
import { Role, useTestServer } from '../support/test-server';
import { postTwilio } from '../support/twilio-requests';

/** Twilio's inbound-call parameters as the provider posts them (test/fixtures/twilio). */
const INBOUND_CALL: Record<string, string> = JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/twilio/inbound-call.json'), 'utf8'));

/** The public URL configured in Twilio; the server listens elsewhere (a proxy in production). */
const VOICE_PUBLIC_URL = 'http://example.test/api/v1/webhook/twilio/voice';
const TWILIO_AUTH_TOKEN = randomBytes(16).toString('hex');
const CHAT_SECRET = randomBytes(32).toString('hex');

const CALL_REQUESTS = graphql(`
  query CallRequests($first: Int, $after: String, $filter: CallRequestFilter) {
    callRequests(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          source
          status
          callerName
          phone
          email
          message
          note
          requestedAt
          createdAt
          updatedAt
        }
      }
    }
  }
`);

const UPDATE_CALL_REQUEST = graphql(`
  mutation UpdateCallRequest($input: UpdateCallRequestInput!) {
    updateCallRequest(input: $input) {
      id
      status
      note
      updatedAt
    }
  }
`);

const freshCallSid = () => `CA${randomBytes(16).toString('hex')}`;
const signChat = (body: string, secret = CHAT_SECRET) => `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;

describe('call requests from Twilio voice and website chat', () => {
  const server = useTestServer({
    TWILIO_AUTH_TOKEN,
    TWILIO_VOICE_WEBHOOK_URL: VOICE_PUBLIC_URL,
    CHAT_WEBHOOK_SECRET: CHAT_SECRET,
  });
  let admin: string;

  beforeAll(async () => {
    admin = await server.token(Role.ADMIN, { sub: 'a0000000-0000-4000-8000-0000000000c1' });
  });

  /** Signed with the twilio package's helper for the public URL (or `signedUrl`), posted to this server. */
  function postCall(params: Record<string, string>, { signedUrl = VOICE_PUBLIC_URL, signature }: { signedUrl?: string; signature?: string } = {}) {
    return postTwilio(`${server.url}/api/v1/webhook/twilio/voice`, signedUrl, params, TWILIO_AUTH_TOKEN, signature);
  }

  async function postChat(body: string, signature: string | null = signChat(body)) {
    const response = await fetch(`${server.url}/api/v1/webhook/chat/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature === null ? {} : { 'x-signature': signature }) },
      body,
    });
    return { status: response.status, body: (await response.json()) as { status: string } };
  }

  function chatMessage(overrides: Record<string, unknown> = {}) {
    return JSON.stringify({
      id: `chat_${randomUUID()}`,
      type: 'message',
      name: 'Rūta Žemaitienė',
      email: 'Ruta@Example.lt',
      phone: '+37061234567',
      text: 'Sveiki, norėčiau užsisakyti vejos įrengimą.',
      sentAt: '2025-05-01T09:30:00.000Z',
      ...overrides,
    });
  }

  const callRequestsFor = (source: string, externalId: string) =>
    server.dataSource.query(`SELECT * FROM call_requests WHERE source = $1 AND external_id = $2`, [source, externalId]);
  const deliveryFor = async (provider: string, eventId: string) =>
    (await server.dataSource.query(`SELECT * FROM webhook_deliveries WHERE provider = $1 AND event_id = $2`, [provider, eventId]))[0];
  const rejectedContaining = (provider: string, marker: string) =>
    server.dataSource.query(`SELECT * FROM webhook_deliveries WHERE provider = $1 AND status = 'REJECTED' AND raw_body LIKE $2`, [provider, `%${marker}%`]);
  const auditFor = (entityId: string) => server.dataSource.query(`SELECT * FROM audit_logs WHERE entity_type = 'call_request' AND entity_id = $1 ORDER BY seq`, [entityId]);

  describe('Twilio voice', () => {
    it('records a signed inbound call once and answers Lithuanian TwiML, also to a repeat', async () => {
      const callSid = freshCallSid();
      const params = { ...INBOUND_CALL, CallSid: callSid };

      const first = await postCall(params);
      expect(first.status).toBe(200);
      expect(first.contentType).toMatch(/^application\/xml/);
      expect(first.text).toContain('<Response><Say language="lt-LT">');
      expect(first.text).toContain('VejaPRO');
      expect(first.text).toContain('perskambinsime');

      const [request] = await callRequestsFor('PHONE', callSid);
      expect(request).toMatchObject({ status: 'NEW', phone: INBOUND_CALL.From });
      const audit = await auditFor(request.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'CALL_REQUEST_CREATED', actor_type: 'SYSTEM_TWILIO', actor_id: callSid });

      const repeat = await postCall(params);
      expect(repeat.status).toBe(200);
      expect(repeat.text).toContain('<Say language="lt-LT">');
      expect(await callRequestsFor('PHONE', callSid)).toHaveLength(1);
      expect(await auditFor(request.id)).toHaveLength(1);
      expect(await deliveryFor('TWILIO', callSid)).toMatchObject({ event_type: 'voice.inbound', status: 'PROCESSED', attempts: 2, signature_valid: true });
    });

    it('refuses a bad signature with 403 and stores it REJECTED', async () => {
      const callSid = freshCallSid();
      const response = await postCall({ ...INBOUND_CALL, CallSid: callSid }, { signature: 'bm90LWEtc2lnbmF0dXJl' });
      expect(response.status).toBe(403);
      const rejected = await rejectedContaining('TWILIO', callSid);
      expect(rejected).toHaveLength(1);
      expect(rejected[0]).toMatchObject({ signature_valid: false, event_id: null });
      expect(await callRequestsFor('PHONE', callSid)).toHaveLength(0);
    });

    it('refuses a signature made for another URL with 403', async () => {
      const callSid = freshCallSid();
      const response = await postCall({ ...INBOUND_CALL, CallSid: callSid }, { signedUrl: `${server.url}/api/v1/webhook/twilio/voice` });
      expect(response.status).toBe(403);
      expect(await callRequestsFor('PHONE', callSid)).toHaveLength(0);
    });

    it('stores a signed request without CallSid as REJECTED and still answers TwiML', async () => {
      const { CallSid: _omitted, ...params } = INBOUND_CALL;
      const marker = `AC${randomBytes(16).toString('hex')}`;
      const response = await postCall({ ...params, AccountSid: marker });
      expect(response.status).toBe(200);
      expect(response.contentType).toMatch(/application\/xml/);
      expect(await rejectedContaining('TWILIO', marker)).toMatchObject([{ signature_valid: true }]);
    });
  });

  describe('website chat', () => {
    it('turns a signed message into a CHAT call request, once per chat id', async () => {
      const body = chatMessage();
      const { id } = JSON.parse(body) as { id: string };

      expect(await postChat(body)).toEqual({ status: 200, body: { status: 'processed' } });
      const [request] = await callRequestsFor('CHAT', id);
      expect(request).toMatchObject({
        status: 'NEW',
        caller_name: 'Rūta Žemaitienė',
        email: 'ruta@example.lt',
        phone: '+37061234567',
        message: 'Sveiki, norėčiau užsisakyti vejos įrengimą.',
      });
      expect(new Date(request.requested_at).toISOString()).toBe('2025-05-01T09:30:00.000Z');
      expect(await auditFor(request.id)).toMatchObject([{ action: 'CALL_REQUEST_CREATED', actor_type: 'SYSTEM', actor_id: null }]);

      expect(await postChat(body)).toEqual({ status: 200, body: { status: 'already_processed' } });
      expect(await callRequestsFor('CHAT', id)).toHaveLength(1);
      expect(await deliveryFor('CHAT', id)).toMatchObject({ status: 'PROCESSED', attempts: 2 });
    });

    it('refuses a bad or missing X-Signature with 401', async () => {
      const body = chatMessage();
      const { id } = JSON.parse(body) as { id: string };
      for (const signature of [signChat(body, 'another-secret'), 'sha256=abc', signChat(`${body} `), null]) {
        expect(await postChat(body, signature), String(signature)).toEqual({ status: 401, body: { status: 'rejected' } });
      }
      expect(await callRequestsFor('CHAT', id)).toHaveLength(0);
      const rejected = await rejectedContaining('CHAT', id);
      expect(rejected).toHaveLength(4);
      expect(rejected.every((row: { signature_valid: boolean }) => row.signature_valid === false)).toBe(true);
    });

    it('refuses malformed JSON or an event without id with 400, stored REJECTED, and keeps serving', async () => {
      const marker = randomUUID();
      for (const body of [`{"id": "${marker}", "type": "message"`, JSON.stringify({ type: 'message', text: marker })]) {
        expect(await postChat(body)).toEqual({ status: 400, body: { status: 'rejected' } });
      }
      expect(await rejectedContaining('CHAT', marker)).toMatchObject([{ signature_valid: true }, { signature_valid: true }]);
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
    });

    it('ignores other event types and fails a message without text permanently', async () => {
      const typing = JSON.stringify({ id: `chat_${randomUUID()}`, type: 'typing' });
      expect(await postChat(typing)).toEqual({ status: 200, body: { status: 'ignored' } });
      expect(await deliveryFor('CHAT', JSON.parse(typing).id)).toMatchObject({ status: 'IGNORED', outcome: 'unhandled chat event type typing' });

      const empty = chatMessage({ text: '   ' });
      expect(await postChat(empty)).toEqual({ status: 200, body: { status: 'failed' } });
      expect(await deliveryFor('CHAT', JSON.parse(empty).id)).toMatchObject({ status: 'FAILED', error: 'chat message without text' });
      expect(await callRequestsFor('CHAT', JSON.parse(empty).id)).toHaveLength(0);
    });
  });

  describe('GraphQL', () => {
    it('lists call requests newest first, filtered by source and status, for admins only', async () => {
      const callSid = freshCallSid();
      await postCall({ ...INBOUND_CALL, CallSid: callSid });
      const chatIds: string[] = [];
      for (let i = 0; i < 2; i++) {
        const body = chatMessage({ text: `Žinutė ${i}` });
        chatIds.push(JSON.parse(body).id);
        await postChat(body);
      }
      const [phoneRequest] = await callRequestsFor('PHONE', callSid);
      const [olderChat, newerChat] = (await Promise.all(chatIds.map(async (id) => (await callRequestsFor('CHAT', id))[0].id))) as [string, string];
      const chatRequestIds = [olderChat, newerChat];
      const list = async (filter: CallRequestFilter | null, first = 100, after?: string | null) =>
        dataOf(await server.graphql(CALL_REQUESTS, { first, after, filter }, admin)).callRequests;

      const nodes = (await list(null)).edges.map((edge) => edge.node);
      const createdAt = nodes.map((node) => Date.parse(node.createdAt));
      expect(createdAt).toEqual([...createdAt].sort((a, b) => b - a));
      const ours = nodes.map((node) => node.id).filter((id) => id === phoneRequest.id || chatRequestIds.includes(id));
      expect(ours).toEqual([newerChat, olderChat, phoneRequest.id]);

      const chats = (await list({ source: 'CHAT' })).edges.map((edge) => edge.node);
      expect(chats.every((node) => node.source === 'CHAT')).toBe(true);
      expect(chats.map((node) => node.id)).toEqual(expect.arrayContaining(chatRequestIds));
      expect(chats.map((node) => node.id)).not.toContain(phoneRequest.id);

      // Keyset pages: the first page's end cursor leads to the next row, no repeats.
      const page1 = await list({ source: 'CHAT' }, 1);
      const page2 = await list({ source: 'CHAT' }, 1, page1.pageInfo.endCursor);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      expect(page2.edges.map((edge) => edge.node.id)).toEqual([chats[1]?.id]);

      dataOf(await server.graphql(UPDATE_CALL_REQUEST, { input: { id: olderChat, status: 'CONTACTED' } }, admin));
      const contacted = (await list({ source: 'CHAT', status: 'CONTACTED' })).edges.map((edge) => edge.node);
      expect(contacted.every((node) => node.status === 'CONTACTED' && node.source === 'CHAT')).toBe(true);
      expect(contacted.map((node) => node.id)).toContain(olderChat);
      expect(contacted.map((node) => node.id)).not.toContain(newerChat);

      const contractor = await server.token(Role.CONTRACTOR);
      expect((await server.graphql(CALL_REQUESTS, { first: 10 }, contractor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await server.graphql(CALL_REQUESTS, { first: 10 })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('updates status and note with one audit entry of the changed fields', async () => {
      const callSid = freshCallSid();
      await postCall({ ...INBOUND_CALL, CallSid: callSid });
      const [request] = await callRequestsFor('PHONE', callSid);

      const updated = await server.graphql(UPDATE_CALL_REQUEST, { input: { id: request.id, status: 'SCHEDULED', note: 'Apžiūra ketvirtadienį 10 val.' } }, admin);
      expect(dataOf(updated).updateCallRequest).toMatchObject({ id: request.id, status: 'SCHEDULED', note: 'Apžiūra ketvirtadienį 10 val.' });

      const audit = await auditFor(request.id);
      expect(audit.map((entry: { action: string }) => entry.action)).toEqual(['CALL_REQUEST_CREATED', 'CALL_REQUEST_UPDATED']);
      expect(audit[1]).toMatchObject({
        actor_type: 'ADMIN',
        actor_id: 'a0000000-0000-4000-8000-0000000000c1',
        old_value: { status: 'NEW', note: null },
        new_value: { status: 'SCHEDULED', note: 'Apžiūra ketvirtadienį 10 val.' },
      });

      // Only what changed is recorded.
      await server.graphql(UPDATE_CALL_REQUEST, { input: { id: request.id, status: 'SCHEDULED', note: 'Perkelta į penktadienį' } }, admin);
      const [, , noteOnly] = await auditFor(request.id);
      expect(noteOnly).toMatchObject({ old_value: { note: 'Apžiūra ketvirtadienį 10 val.' }, new_value: { note: 'Perkelta į penktadienį' } });
    });

    it('answers NOT_FOUND for an unknown id, BAD_USER_INPUT for a long note, FORBIDDEN for a contractor', async () => {
      for (const id of [randomUUID(), 'not-a-uuid']) {
        const response = await server.graphql(UPDATE_CALL_REQUEST, { input: { id, status: 'CLOSED' } }, admin);
        expect(response.errors?.[0]?.extensions?.code, id).toBe('NOT_FOUND');
      }
      const callSid = freshCallSid();
      await postCall({ ...INBOUND_CALL, CallSid: callSid });
      const [request] = await callRequestsFor('PHONE', callSid);
      const tooLong = await server.graphql(UPDATE_CALL_REQUEST, { input: { id: request.id, note: 'x'.repeat(2001) } }, admin);
      expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const contractor = await server.token(Role.CONTRACTOR);
      const forbidden = await server.graphql(UPDATE_CALL_REQUEST, { input: { id: request.id, status: 'CLOSED' } }, contractor);
      expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await callRequestsFor('PHONE', callSid))[0]).toMatchObject({ status: 'NEW', note: null });
    });
  });
});
