import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProjectStatus } from '../../packages/api/src/projects/project-status.enum';
import { dataOf } from '../support/documents';
import { factories } from '../support/factories';
import { REPLAY_WEBHOOK_DELIVERY, WEBHOOK_DELIVERIES } from '../support/operations';
import { countStatements } from '../support/statement-counter';
import { chargeRefundedEvent, newId, paymentIntentEvent, postStripe, stripeSignature } from '../support/stripe-events';
import { Role, useTestServer } from '../support/test-server';

const secret = `whsec_${randomBytes(16).toString('hex')}`;

describe('Stripe webhook', () => {
  const server = useTestServer({ STRIPE_WEBHOOK_SECRET: secret });
  let make: ReturnType<typeof factories>;
  beforeAll(() => {
    make = factories(server.dataSource);
  });

  const send = (event: object, sign: (payload: string) => string | null = (p) => stripeSignature(p, secret)) => {
    const payload = JSON.stringify(event);
    return postStripe(server.url, payload, sign(payload));
  };
  const statusOf = async (id: string) => (await server.dataSource.query('SELECT status FROM projects WHERE id = $1', [id]))[0].status;
  const delivery = async (eventId: string) => (await server.dataSource.query('SELECT * FROM webhook_deliveries WHERE event_id = $1', [eventId]))[0];
  const payments = (projectId: string) => server.dataSource.query('SELECT * FROM payments WHERE project_id = $1', [projectId]);

  it('records a DEPOSIT and moves DRAFT -> PAID, audited as SYSTEM_STRIPE with the event id', async () => {
    const project = await make.project();
    const event = paymentIntentEvent({ projectId: project.id, amount: 45_000 });
    expect(await send(event)).toEqual({ status: 200, body: { status: 'processed' } });
    expect(await statusOf(project.id)).toBe('PAID');
    expect(await payments(project.id)).toMatchObject([{ amount: 45_000, currency: 'eur', payment_type: 'DEPOSIT', provider: 'STRIPE', status: 'SUCCEEDED' }]);
    const audit = await server.dataSource.query('SELECT entity_type, action, actor_type, actor_id FROM audit_logs WHERE project_id = $1 ORDER BY seq', [project.id]);
    expect(audit).toEqual([
      { entity_type: 'payment', action: 'PAYMENT_RECORDED', actor_type: 'SYSTEM_STRIPE', actor_id: event.id },
      { entity_type: 'project', action: 'STATUS_CHANGED', actor_type: 'SYSTEM_STRIPE', actor_id: event.id },
    ]);
    expect(await delivery(event.id)).toMatchObject({ status: 'PROCESSED', signature_valid: true, attempts: 1, event_type: 'payment_intent.succeeded' });
  });

  // Issue 12: 18 statements per DEPOSIT before (BEGIN and COMMIT included, which the counter leaves out). The list now:
  // store the delivery; lock it; lock the project; insert the payment (ON CONFLICT DO NOTHING); project status (RETURNING);
  // both audit entries (one INSERT); ledger lines and daily roll-up (one CTE); the delivery's status (RETURNING).
  it('processes a DEPOSIT in at most 8 statements, and a repeat of it in 2', async () => {
    const project = await make.project();
    const payload = JSON.stringify(paymentIntentEvent({ projectId: project.id }));
    const signature = stripeSignature(payload, secret);
    const answers: unknown[] = [];
    const first = await countStatements(server.dataSource, async () => answers.push(await postStripe(server.url, payload, signature)));
    const repeat = await countStatements(server.dataSource, async () => answers.push(await postStripe(server.url, payload, signature)));
    expect(answers).toEqual([
      { status: 200, body: { status: 'processed' } },
      { status: 200, body: { status: 'already_processed' } },
    ]);
    expect(await statusOf(project.id)).toBe('PAID');
    expect(first.length, first.join('\n')).toBeLessThanOrEqual(8);
    expect(repeat.length, repeat.join('\n')).toBeLessThanOrEqual(2);
  });

  it('answers the same event again with already_processed and changes nothing', async () => {
    const project = await make.project();
    const event = paymentIntentEvent({ projectId: project.id });
    await send(event);
    expect(await send(event)).toEqual({ status: 200, body: { status: 'already_processed' } });
    expect(await payments(project.id)).toHaveLength(1);
    expect((await delivery(event.id)).attempts).toBe(2);
  });

  it('turns 30 concurrent copies of one event into one payment, one audit entry, one "processed"', async () => {
    const project = await make.project();
    const event = paymentIntentEvent({ projectId: project.id });
    const payload = JSON.stringify(event);
    const signature = stripeSignature(payload, secret);
    const answers = await Promise.all(Array.from({ length: 30 }, () => postStripe(server.url, payload, signature)));
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(200));
    expect(answers.filter((a) => a.body?.status === 'processed')).toHaveLength(1);
    expect(answers.filter((a) => a.body?.status === 'already_processed')).toHaveLength(29);
    expect(await payments(project.id)).toHaveLength(1);
    expect(await make.auditCount(`project_id = $1 AND action = 'PAYMENT_RECORDED'`, [project.id])).toBe(1);
    expect((await delivery(event.id)).attempts).toBe(30);
  });

  it('treats another event for the same payment intent and amount as a duplicate, and flags a different amount', async () => {
    const project = await make.project();
    const intentId = newId('pi');
    await send(paymentIntentEvent({ projectId: project.id, intentId, amount: 30_000 }));
    expect((await send(paymentIntentEvent({ projectId: project.id, intentId, amount: 30_000 }))).body).toEqual({ status: 'processed' });
    const different = paymentIntentEvent({ projectId: project.id, intentId, amount: 99_000 });
    expect((await send(different)).body).toEqual({ status: 'failed' });
    expect(await delivery(different.id)).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/refusing 99000/) });
    expect(await payments(project.id)).toMatchObject([{ amount: 30_000 }]);
  });

  it('rejects bad, missing, stale and future signatures with 400, storing them REJECTED and changing nothing', async () => {
    const project = await make.project();
    const now = Math.floor(Date.now() / 1000);
    const cases: Array<[string, (payload: string) => string | null]> = [
      ['wrong secret', (p) => stripeSignature(p, 'whsec_wrong')],
      ['missing', () => null],
      ['stale', (p) => stripeSignature(p, secret, now - 600)],
      ['future', (p) => stripeSignature(p, secret, now + 600)],
    ];
    const before = (await server.dataSource.query(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'REJECTED'`))[0].n;
    for (const [name, sign] of cases) {
      const answer = await send(paymentIntentEvent({ projectId: project.id }), sign);
      expect(answer.status, name).toBe(400);
    }
    const rejected = await server.dataSource.query(`SELECT signature_valid, event_id FROM webhook_deliveries WHERE status = 'REJECTED' ORDER BY received_at DESC LIMIT 4`);
    expect((await server.dataSource.query(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'REJECTED'`))[0].n).toBe(before + 4);
    expect(rejected.every((row: { signature_valid: boolean; event_id: string | null }) => !row.signature_valid && row.event_id === null)).toBe(true);
    expect(await statusOf(project.id)).toBe('DRAFT');
    expect(await payments(project.id)).toEqual([]);
  });

  it('answers a malformed body with a valid signature 400 and keeps running', async () => {
    for (const payload of ['{not json', JSON.stringify({ hello: 'world' })]) {
      const answer = await postStripe(server.url, payload, stripeSignature(payload, secret));
      expect(answer.status).toBe(400);
    }
    const [row] = await server.dataSource.query(`SELECT status, signature_valid, error FROM webhook_deliveries WHERE raw_body = '{not json'`);
    expect(row).toMatchObject({ status: 'REJECTED', signature_valid: true, error: expect.stringMatching(/malformed/) });
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it('stores and processes an event whose text holds a NUL character (PostgreSQL cannot), instead of failing it for ever', async () => {
    const project = await make.project();
    const event = paymentIntentEvent({ projectId: project.id });
    event.data.object.description = `Vejos įrengimas${String.fromCharCode(0)} Vilniuje`;
    expect(await send(event)).toEqual({ status: 200, body: { status: 'processed' } });
    expect(await statusOf(project.id)).toBe('PAID');
  });

  it('ignores event types it does not handle', async () => {
    const event = { ...paymentIntentEvent({ projectId: '00000000-0000-4000-8000-000000000000' }), type: 'customer.created' };
    expect((await send(event)).body).toEqual({ status: 'ignored' });
    expect(await delivery(event.id)).toMatchObject({ status: 'IGNORED', outcome: 'unhandled event type customer.created' });
  });

  it('records a DEPOSIT for a project past DRAFT without a transition, and says why', async () => {
    const project = await make.project({ status: ProjectStatus.SCHEDULED });
    const event = paymentIntentEvent({ projectId: project.id });
    expect((await send(event)).body).toEqual({ status: 'processed' });
    expect(await statusOf(project.id)).toBe('SCHEDULED');
    expect((await delivery(event.id)).outcome).toMatch(/without a transition: project .* is SCHEDULED/);
  });

  it('stores a payment for an unknown project as FAILED (200), and replays it once the project exists', async () => {
    const projectId = '5f0c6a52-1111-4222-8333-444455556666';
    const event = paymentIntentEvent({ projectId });
    expect(await send(event)).toEqual({ status: 200, body: { status: 'failed' } });
    const failed = await delivery(event.id);
    expect(failed).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/Project .* not found/) });

    const admin = await server.token(Role.ADMIN);
    const replay = async () => dataOf(await server.graphql(REPLAY_WEBHOOK_DELIVERY, { id: failed.id }, admin)).replayWebhookDelivery;
    expect(await replay()).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/not found/) });

    await make.project({ id: projectId } as never);
    expect(await replay()).toMatchObject({ status: 'PROCESSED', error: null });
    expect(await statusOf(projectId)).toBe('PAID');
  });

  it('refuses to replay a REJECTED delivery with BAD_USER_INPUT, and lists deliveries for admins only', async () => {
    const payload = JSON.stringify(paymentIntentEvent({ projectId: '00000000-0000-4000-8000-000000000001' }));
    await postStripe(server.url, payload, 'bogus');
    const admin = await server.token(Role.ADMIN);
    const list = await server.graphql(WEBHOOK_DELIVERIES, { first: 5, filter: { provider: 'STRIPE', status: 'REJECTED' } }, admin);
    const [rejected] = dataOf(list).webhookDeliveries.edges.map((edge) => edge.node);
    expect(rejected).toMatchObject({ status: 'REJECTED', signatureValid: false });
    const replay = await server.graphql(REPLAY_WEBHOOK_DELIVERY, { id: rejected!.id }, admin);
    expect(replay.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const contractor = await server.graphql(WEBHOOK_DELIVERIES, { first: 1 }, await server.token(Role.CONTRACTOR));
    expect(contractor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('records a failed attempt without a transition; a later success of the same intent replaces it', async () => {
    const project = await make.project();
    const intentId = newId('pi');
    expect((await send(paymentIntentEvent({ projectId: project.id, intentId, type: 'payment_intent.payment_failed' }))).body).toEqual({ status: 'processed' });
    expect(await payments(project.id)).toMatchObject([{ status: 'FAILED' }]);
    expect(await statusOf(project.id)).toBe('DRAFT');
    await send(paymentIntentEvent({ projectId: project.id, intentId }));
    expect(await payments(project.id)).toMatchObject([{ status: 'SUCCEEDED' }]);
    expect(await statusOf(project.id)).toBe('PAID');
  });

  it('records refunds by their cumulative total; an older, smaller total changes nothing', async () => {
    const project = await make.project();
    const intentId = newId('pi');
    await send(paymentIntentEvent({ projectId: project.id, intentId, amount: 10_000 }));
    await send(chargeRefundedEvent(intentId, 10_000, 4_000));
    expect(await payments(project.id)).toMatchObject([{ refunded_amount: 4_000, status: 'PARTIALLY_REFUNDED' }]);
    await send(chargeRefundedEvent(intentId, 10_000, 10_000));
    await send(chargeRefundedEvent(intentId, 10_000, 4_000));
    expect(await payments(project.id)).toMatchObject([{ refunded_amount: 10_000, status: 'REFUNDED' }]);
    const unknown = chargeRefundedEvent(newId('pi'), 100, 100);
    expect((await send(unknown)).body).toEqual({ status: 'failed' });
  });
});
