import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectStatus } from '../../packages/api/src/projects/project-status.enum';
import { graphql } from '../generated/gql';
import { dataOf } from '../support/documents';
import { factories } from '../support/factories';
import { createUser } from '../support/users';
import { startFakeTwilio, uniquePhone, type FakeTwilio } from '../support/fake-twilio';
import { ADD_EVIDENCE, CERTIFY, CREATE_PROJECT, TRANSITION } from '../support/operations';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { paymentIntentEvent, postStripe, stripeSignature } from '../support/stripe-events';
import { Role, startTestServer, type TestServer } from '../support/test-server';
import { inboundSms, postTwilio } from '../support/twilio-requests';

const STRIPE_SECRET = `whsec_${randomBytes(16).toString('hex')}`;
const TWILIO_TOKEN = randomBytes(16).toString('hex');
const SMS_WEBHOOK_URL = 'https://api.vejapro.example/api/v1/webhook/twilio';

const RESEND_CONFIRMATION = graphql(`
  mutation ResendConfirmation($projectId: ID!) {
    resendConfirmation(projectId: $projectId) {
      id
      status
    }
  }
`);

describe('from payment to activation, over real HTTP with real provider signatures', () => {
  let server: TestServer;
  let twilioApi: FakeTwilio;
  let smtp: SmtpSink;
  let make: ReturnType<typeof factories>;

  beforeAll(async () => {
    twilioApi = await startFakeTwilio();
    smtp = await startSmtpSink();
    server = await startTestServer({
      STRIPE_WEBHOOK_SECRET: STRIPE_SECRET,
      TWILIO_ACCOUNT_SID: `AC${randomBytes(16).toString('hex')}`,
      TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
      TWILIO_FROM_NUMBER: '+37052000000',
      TWILIO_API_BASE_URL: twilioApi.url,
      TWILIO_WEBHOOK_URL: SMS_WEBHOOK_URL,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      PUBLIC_BASE_URL: 'https://vejapro.example',
    });
    make = factories(server.dataSource);
  });
  afterAll(async () => {
    await server?.close();
    await twilioApi?.close();
    await smtp?.close();
  });

  const stripe = (event: object) => {
    const payload = JSON.stringify(event);
    return postStripe(server.url, payload, stripeSignature(payload, STRIPE_SECRET));
  };
  const sms = (params: Record<string, string>, signature?: string) => postTwilio(`${server.url}/api/v1/webhook/twilio`, SMS_WEBHOOK_URL, params, TWILIO_TOKEN, signature);
  const statusOf = async (id: string) => (await server.dataSource.query('SELECT status FROM projects WHERE id = $1', [id]))[0].status as string;
  const tokenIn = (text: string) => {
    const token = /TAIP ([A-Z0-9]{6})/.exec(text)?.[1];
    if (!token) throw new Error(`no TAIP token in ${JSON.stringify(text)}`);
    return token;
  };
  /** The confirmation page: 200 while the token is open, 404 once it is used, expired or revoked. GET changes nothing. */
  const pageStatus = async (token: string) => (await fetch(`${server.url}/public/confirm-payment/${token}`)).status;

  /** A CERTIFIED project with its deposit and certification photos, as the lifecycle leaves it; the client's phone is its own. */
  async function certifiedProject(overrides: { clientPhone?: string | null; clientEmail?: string | null } = {}) {
    const project = await make.project({ status: ProjectStatus.CERTIFIED, clientPhone: uniquePhone(), clientEmail: null, ...overrides });
    await make.payment(project.id);
    await make.evidences(project.id, 3);
    return project;
  }

  it('runs DRAFT -> PAID -> SCHEDULED -> PENDING_EXPERT -> CERTIFIED -> FINAL -> SMS -> TAIP <TOKEN> -> ACTIVE', async () => {
    const contractor = await createUser(server, Role.CONTRACTOR);
    const expert = await createUser(server, Role.EXPERT);
    const admin = await server.token(Role.ADMIN);
    const phone = uniquePhone();
    const created = await server.graphql(
      CREATE_PROJECT,
      { input: { clientInfo: { name: 'Aistė Navickienė', phone }, serviceType: 'ROLL_LAWN', areaM2: 150, contractorId: contractor.id, expertId: expert.id } },
      admin,
    );
    const id = dataOf(created).createProject.id;

    expect((await stripe(paymentIntentEvent({ projectId: id, paymentType: 'DEPOSIT', amount: 60_000 }))).body).toEqual({ status: 'processed' });
    expect(await statusOf(id)).toBe('PAID');
    expect((await server.graphql(TRANSITION, { input: { projectId: id, newStatus: 'SCHEDULED' } }, admin)).errors).toBeUndefined();
    const contractorToken = await server.token(Role.CONTRACTOR, { sub: contractor.id });
    expect((await server.graphql(TRANSITION, { input: { projectId: id, newStatus: 'PENDING_EXPERT' } }, contractorToken)).errors).toBeUndefined();
    const expertToken = await server.token(Role.EXPERT, { sub: expert.id });
    for (let i = 0; i < 3; i++) {
      const added = await server.graphql(
        ADD_EVIDENCE,
        { input: { projectId: id, fileUrl: `https://cdn.vejapro.example/cert-${i}.jpg`, category: 'EXPERT_CERTIFICATION' } },
        expertToken,
      );
      expect(added.errors).toBeUndefined();
    }
    expect(dataOf(await server.graphql(CERTIFY, { projectId: id }, expertToken))).toEqual({ certifyProject: { id, status: 'CERTIFIED' } });

    expect((await stripe(paymentIntentEvent({ projectId: id, paymentType: 'FINAL', amount: 140_000 }))).body).toEqual({ status: 'processed' });
    const message = await twilioApi.waitForMessage((m) => m.to === phone, 10_000);
    expect(message.body).toMatch(/TAIP [A-Z0-9]{6}/);
    const token = tokenIn(message.body);

    const reply = await sms(inboundSms(phone, `  taip  ${token.toLowerCase()} `));
    expect(reply.status).toBe(200);
    expect(reply.contentType).toMatch(/application\/xml/);
    expect(reply.text).toMatch(/<Response><Message>Ačiū!/);
    expect(await statusOf(id)).toBe('ACTIVE');
    const [activation] = await server.dataSource.query(`SELECT actor_type, actor_id FROM audit_logs WHERE entity_id = $1 AND action = 'STATUS_CHANGED' ORDER BY seq DESC LIMIT 1`, [
      id,
    ]);
    expect(activation).toMatchObject({ actor_type: 'SYSTEM_TWILIO', actor_id: expect.stringMatching(/^SM/) });

    // The token was single use.
    const again = await fetch(`${server.url}/public/confirm-payment/${token}`, { method: 'POST', headers: { accept: 'application/json' } });
    expect(again.status).toBe(404);
  });

  it('confirms by the e-mailed link: GET shows a button and changes nothing, POST activates as SYSTEM_EMAIL', async () => {
    const project = await certifiedProject({ clientPhone: null, clientEmail: 'ruta@example.lt' });
    await stripe(paymentIntentEvent({ projectId: project.id, paymentType: 'FINAL', amount: 80_000 }));
    const mail = await smtp.waitForMail((m) => m.envelopeTo.includes('ruta@example.lt'), 10_000);
    const link = /https:\/\/vejapro\.example(\/public\/confirm-payment\/[A-Z0-9]{6})/.exec(mail.text ?? '')![1]!;

    const page = await fetch(`${server.url}${link}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<form method="post">/);
    expect(await statusOf(project.id)).toBe('CERTIFIED');

    const confirmed = await fetch(`${server.url}${link}`, { method: 'POST', headers: { accept: 'application/json' } });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toMatchObject({ status: 'confirmed', projectStatus: 'ACTIVE' });
    const [activation] = await server.dataSource.query(`SELECT actor_type, actor_id FROM audit_logs WHERE entity_id = $1 AND action = 'STATUS_CHANGED'`, [project.id]);
    const [confirmation] = await server.dataSource.query(`SELECT id FROM confirmations WHERE project_id = $1`, [project.id]);
    expect(activation).toEqual({ actor_type: 'SYSTEM_EMAIL', actor_id: confirmation.id });
    expect((await fetch(`${server.url}${link}`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${server.url}${link}`)).status).toBe(404);
  });

  it('does nothing with an expired token, a reply from another number, or a token that was never issued', async () => {
    const phone = uniquePhone();
    const project = await certifiedProject({ clientPhone: phone });
    await stripe(paymentIntentEvent({ projectId: project.id, paymentType: 'FINAL' }));
    const token = tokenIn((await twilioApi.waitForMessage((m) => m.to === phone, 10_000)).body);
    const [{ id: confirmationId }] = await server.dataSource.query(`SELECT id FROM confirmations WHERE project_id = $1`, [project.id]);
    // This project's token, open: the refusals below are for the reasons named, not a stale token.
    expect(await pageStatus(token)).toBe(200);

    const otherNumber = await sms(inboundSms('+37069999999', `TAIP ${token}`));
    expect(otherNumber.text).toMatch(/kodas neteisingas/i);
    expect((await sms(inboundSms(phone, 'TAIP ZZZZZZ'))).text).toMatch(/kodas neteisingas/i);
    expect(await statusOf(project.id)).toBe('CERTIFIED');
    expect(await pageStatus(token)).toBe(200);

    await server.dataSource.query(`UPDATE confirmations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [confirmationId]);
    expect((await sms(inboundSms(phone, `TAIP ${token}`))).text).toMatch(/kodas neteisingas/i);
    expect(await statusOf(project.id)).toBe('CERTIFIED');
    expect(await pageStatus(token)).toBe(404);
  });

  it('sends the confirmation at certification when the FINAL payment came first', async () => {
    const phone = '+37060000888';
    const expert = await createUser(server, Role.EXPERT);
    const project = await make.project({ status: ProjectStatus.PENDING_EXPERT, clientPhone: phone, expertId: expert.id });
    await make.payment(project.id);
    await make.evidences(project.id, 3);
    expect((await stripe(paymentIntentEvent({ projectId: project.id, paymentType: 'FINAL' }))).body).toEqual({ status: 'processed' });
    expect(twilioApi.messages.some((m) => m.to === phone)).toBe(false);

    const certified = await server.graphql(CERTIFY, { projectId: project.id }, await server.token(Role.EXPERT, { sub: expert.id }));
    expect(certified.errors).toBeUndefined();
    const token = tokenIn((await twilioApi.waitForMessage((m) => m.to === phone, 10_000)).body);
    await sms(inboundSms(phone, `TAIP ${token}`));
    expect(await statusOf(project.id)).toBe('ACTIVE');
  });

  it('lets an admin resend a confirmation that expired; only the new token works', async () => {
    const phone = '+37060000999';
    const project = await certifiedProject({ clientPhone: phone });
    await stripe(paymentIntentEvent({ projectId: project.id, paymentType: 'FINAL' }));
    const oldToken = tokenIn((await twilioApi.waitForMessage((m) => m.to === phone, 10_000)).body);
    await server.dataSource.query(`UPDATE confirmations SET expires_at = now() - interval '1 minute' WHERE project_id = $1`, [project.id]);

    const admin = await server.token(Role.ADMIN);
    const resent = await server.graphql(RESEND_CONFIRMATION, { projectId: project.id }, admin);
    expect(dataOf(resent).resendConfirmation).toEqual({ id: project.id, status: 'CERTIFIED' });
    const newToken = tokenIn((await twilioApi.waitForMessage((m) => m.to === phone && !m.body.includes(oldToken), 10_000)).body);
    expect(newToken).not.toBe(oldToken);
    expect((await sms(inboundSms(phone, `TAIP ${oldToken}`))).text).toMatch(/kodas neteisingas/i);
    await sms(inboundSms(phone, `TAIP ${newToken}`));
    expect(await statusOf(project.id)).toBe('ACTIVE');

    const notWaiting = await server.graphql(RESEND_CONFIRMATION, { projectId: project.id }, admin);
    expect(notWaiting.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it("revokes a confirmation after five wrong codes from the client's phone", async () => {
    const phone = '+37060000777';
    const project = await certifiedProject({ clientPhone: phone });
    await stripe(paymentIntentEvent({ projectId: project.id, paymentType: 'FINAL' }));
    const token = tokenIn((await twilioApi.waitForMessage((m) => m.to === phone, 10_000)).body);
    for (let i = 0; i < 5; i++) await sms(inboundSms(phone, 'TAIP ZZZZZZ'));
    expect((await sms(inboundSms(phone, `TAIP ${token}`))).text).toMatch(/kodas neteisingas/i);
    expect(await statusOf(project.id)).toBe('CERTIFIED');
  });

  it('answers TwiML to any text, deduplicates by MessageSid, and refuses a bad signature with 403', async () => {
    const phone = uniquePhone();
    const hello = await sms(inboundSms(phone, 'Labas, kada atvažiuosite?'));
    expect(hello.status).toBe(200);
    expect(hello.contentType).toMatch(/application\/xml/);
    expect(hello.text).toMatch(/<Response><Message>Sveiki!/);

    const params = inboundSms(phone, 'TAIP ZZZZZZ');
    await sms(params);
    await sms(params);
    const [delivery] = await server.dataSource.query(`SELECT attempts, status FROM webhook_deliveries WHERE event_id = $1`, [params.MessageSid]);
    expect(delivery).toEqual({ attempts: 2, status: 'PROCESSED' });

    const forged = await sms(inboundSms(phone, 'TAIP ABCDEF'), 'bm90LWEtc2lnbmF0dXJl');
    expect(forged.status).toBe(403);
    const signedForAnotherUrl = await postTwilio(`${server.url}/api/v1/webhook/twilio`, 'https://evil.example/hook', inboundSms(phone, 'TAIP ABCDEF'), TWILIO_TOKEN);
    expect(signedForAnotherUrl.status).toBe(403);
  });
});
