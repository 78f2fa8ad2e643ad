import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProjectStatus } from '../../packages/api/src/projects/project-status.enum';
import { factories } from '../support/factories';
import { dataOf } from '../support/documents';
import { FINANCE_METRICS, RECORD_QUICK_PAYMENT } from '../support/operations';
import type { QuickPaymentInput } from '../generated/graphql';
import { chargeRefundedEvent, newId, paymentIntentEvent, postStripe, stripeSignature } from '../support/stripe-events';
import { expectLedgerInvariants } from '../support/ledger-invariants';
import { Role, useTestServer } from '../support/test-server';

const secret = `whsec_${randomBytes(16).toString('hex')}`;

/** A small deterministic generator, so a failing mix can be reproduced. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('finance ledger and metrics', () => {
  const server = useTestServer({ STRIPE_WEBHOOK_SECRET: secret });
  let make: ReturnType<typeof factories>;
  let admin: string;
  beforeAll(async () => {
    make = factories(server.dataSource);
    admin = await server.token(Role.ADMIN);
  });

  const stripe = (event: object) => {
    const payload = JSON.stringify(event);
    return postStripe(server.url, payload, stripeSignature(payload, secret));
  };
  const quick = (input: QuickPaymentInput, token = admin) => server.graphql(RECORD_QUICK_PAYMENT, { input }, token);

  it('stays balanced and agrees with the payments after a random mix of Stripe payments, quick payments and refunds', async () => {
    const next = random(20261122);
    const intents: Array<{ id: string; amount: number; refunded: number }> = [];
    for (let i = 0; i < 40; i++) {
      const project = await make.project({ status: ProjectStatus.PAID });
      const amount = 1_000 + Math.floor(next() * 200_000);
      const roll = next();
      if (roll < 0.45) {
        const intentId = newId('pi');
        expect((await stripe(paymentIntentEvent({ projectId: project.id, intentId, amount, paymentType: 'FINAL' }))).body).toEqual({ status: 'processed' });
        intents.push({ id: intentId, amount, refunded: 0 });
      } else if (roll < 0.8) {
        const result = await quick({
          projectId: project.id,
          paymentType: 'FINAL',
          amount,
          currency: 'EUR',
          method: next() < 0.5 ? 'CASH' : 'BANK_TRANSFER',
          idempotencyKey: randomUUID(),
        });
        expect(result.errors).toBeUndefined();
      } else if (intents.length) {
        const intent = intents[Math.floor(next() * intents.length)]!;
        intent.refunded = Math.min(intent.amount, intent.refunded + 1 + Math.floor(next() * intent.amount * 0.6));
        expect((await stripe(chargeRefundedEvent(intent.id, intent.amount, intent.refunded))).status).toBe(200);
      }
    }
    await expectLedgerInvariants(server.dataSource);

    const metrics = dataOf(await server.graphql(FINANCE_METRICS, { days: 30 }, admin)).financeMetrics;
    const [direct] = await server.dataSource.query(
      `SELECT coalesce(sum(amount), 0)::int AS gross, coalesce(sum(refunded_amount), 0)::int AS refunded, count(*)::int AS count,
              coalesce(sum(amount) FILTER (WHERE provider = 'MANUAL'), 0)::int AS manual
         FROM payments WHERE status <> 'FAILED'`,
    );
    expect(metrics.totalReceived).toBe(direct.gross - direct.refunded);
    expect(metrics.paymentCount).toBe(direct.count);
    expect(metrics.manualRatio).toBeCloseTo(direct.manual / direct.gross, 10);
    expect(metrics.dailyVolume).toHaveLength(30);
    expect(metrics.dailyVolume.reduce((sum, day) => sum + day.amount, 0)).toBe(metrics.totalReceived);
    expect(metrics.asOf).not.toBeNull();
  });

  it('keeps the ledger append-only in the database', async () => {
    // Entries of its own: on an empty table UPDATE and DELETE touch no row, and a row trigger never fires.
    const project = await make.project({ status: ProjectStatus.PAID });
    dataOf(await quick({ projectId: project.id, paymentType: 'FINAL', amount: 1_000, currency: 'eur', method: 'CASH', idempotencyKey: randomUUID() }));
    await expect(server.dataSource.query(`UPDATE ledger_entries SET amount = amount + 1`)).rejects.toThrow(/append-only/);
    await expect(server.dataSource.query(`DELETE FROM ledger_entries`)).rejects.toThrow(/append-only/);
  });
});

describe('recordQuickPayment', () => {
  const server = useTestServer();
  let make: ReturnType<typeof factories>;
  let admin: string;
  beforeAll(async () => {
    make = factories(server.dataSource);
    admin = await server.token(Role.ADMIN);
  });
  const quick = (input: QuickPaymentInput, token = admin) => server.graphql(RECORD_QUICK_PAYMENT, { input }, token);
  const deposit = (projectId: string, key: string, amount = 25_000): QuickPaymentInput => ({
    projectId,
    paymentType: 'DEPOSIT',
    amount,
    currency: 'eur',
    method: 'CASH',
    idempotencyKey: key,
  });

  it('moves DRAFT -> PAID with a DEPOSIT, audited as the admin with the note', async () => {
    const project = await make.project();
    const result = await quick({ ...deposit(project.id, randomUUID()), note: 'grynieji objekte' });
    expect(dataOf(result).recordQuickPayment).toMatchObject({
      replayed: false,
      emailQueued: false,
      payment: { amount: 25_000, provider: 'MANUAL', paymentType: 'DEPOSIT' },
      project: { status: 'PAID' },
    });
    const [entry] = await server.dataSource.query(`SELECT actor_type, note FROM audit_logs WHERE project_id = $1 AND action = 'PAYMENT_RECORDED'`, [project.id]);
    expect(entry).toEqual({ actor_type: 'ADMIN', note: 'grynieji objekte' });
  });

  it('queues the confirmation e-mail for a FINAL on a CERTIFIED project', async () => {
    const project = await make.project({ status: ProjectStatus.CERTIFIED, clientEmail: 'klientas@example.lt' });
    const result = await quick({ projectId: project.id, paymentType: 'FINAL', amount: 90_000, currency: 'eur', method: 'BANK_TRANSFER', idempotencyKey: randomUUID() });
    expect(dataOf(result).recordQuickPayment).toMatchObject({ emailQueued: true, project: { status: 'CERTIFIED' } });
    const [mail] = await server.dataSource.query(`SELECT channel, recipient FROM outbound_messages WHERE project_id = $1 AND channel = 'EMAIL'`, [project.id]);
    expect(mail).toEqual({ channel: 'EMAIL', recipient: 'klientas@example.lt' });
  });

  it('returns the first result for the same key and input, and CONFLICT for other input', async () => {
    const project = await make.project();
    const key = randomUUID();
    const first = await quick(deposit(project.id, key));
    const again = await quick(deposit(project.id, key));
    expect(dataOf(again).recordQuickPayment).toMatchObject({ replayed: true, payment: { id: dataOf(first).recordQuickPayment.payment.id } });
    const other = await quick(deposit(project.id, key, 30_000));
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await server.dataSource.query(`SELECT id FROM payments WHERE project_id = $1`, [project.id])).toHaveLength(1);
  });

  it('makes one payment out of 20 concurrent calls with one key', async () => {
    const project = await make.project();
    const key = randomUUID();
    const results = (await Promise.all(Array.from({ length: 20 }, () => quick(deposit(project.id, key))))).map((r) => dataOf(r).recordQuickPayment);
    expect(new Set(results.map((r) => r.payment.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await server.dataSource.query(`SELECT id FROM payments WHERE project_id = $1`, [project.id])).toHaveLength(1);
    expect(await make.auditCount(`project_id = $1 AND action = 'PAYMENT_RECORDED'`, [project.id])).toBe(1);
  });

  it('changes nothing when it fails, so the key stays free', async () => {
    const key = randomUUID();
    const missing = await quick(deposit(randomUUID(), key));
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const project = await make.project();
    expect(dataOf(await quick(deposit(project.id, key))).recordQuickPayment.replayed).toBe(false);
  });

  it('refuses bad input and non-admins', async () => {
    const project = await make.project();
    expect((await quick({ ...deposit(project.id, randomUUID()), amount: 0 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await quick({ ...deposit(project.id, 'short') })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await quick({ ...deposit(project.id, randomUUID()), receivedAt: '2099-01-01T00:00:00Z' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await quick(deposit(project.id, randomUUID()), await server.token(Role.CONTRACTOR))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The role is checked before the arguments.
    expect((await quick({ ...deposit(project.id, 'short'), amount: 0 }, await server.token(Role.CLIENT))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe.each([['ENABLE_FINANCE_METRICS'], ['ENABLE_FINANCE_LEDGER']])('with %s=false', (flag) => {
  const server = useTestServer({ [flag]: 'false' });

  it('answers finance operations NOT_FOUND, not FORBIDDEN, whoever asks', async () => {
    for (const token of [await server.token(Role.ADMIN), await server.token(Role.CLIENT)]) {
      expect((await server.graphql(FINANCE_METRICS, { days: 7 }, token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const quickPayment = await server.graphql(
        RECORD_QUICK_PAYMENT,
        { input: { projectId: randomUUID(), paymentType: 'DEPOSIT', amount: 1, currency: 'eur', method: 'CASH', idempotencyKey: randomUUID() } },
        token,
      );
      expect(quickPayment.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      // Even with arguments that would fail validation: the feature does not exist.
      const invalid = await server.graphql(
        RECORD_QUICK_PAYMENT,
        { input: { projectId: randomUUID(), paymentType: 'DEPOSIT', amount: 0, currency: 'eur', method: 'CASH', idempotencyKey: 'short' } },
        token,
      );
      expect(invalid.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await server.graphql(FINANCE_METRICS, { days: 9999 }, token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});
