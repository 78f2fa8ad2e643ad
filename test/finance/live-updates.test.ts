import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectStatus } from '../../packages/api/src/projects/project-status.enum';
import { factories } from '../support/factories';
import { createUser } from '../support/users';
import { graphql } from '../generated/gql';
import { dataOf } from '../support/documents';
import { AUDIT_LOG_ADDED, FINANCE_METRICS_LIVE, PROJECT_CHANGED, RECORD_QUICK_PAYMENT, TRANSITION } from '../support/operations';
import { paymentIntentEvent, postStripe, stripeSignature } from '../support/stripe-events';
import { Role, startTestServer, type TestServer } from '../support/test-server';
import { collect, subscribed } from '../support/ws';

const secret = `whsec_${randomBytes(16).toString('hex')}`;

const PROJECT_PAYMENTS_LIVE = graphql(`
  subscription ProjectPaymentsLive($id: ID) {
    projectChanged(id: $id) {
      id
      status
      payments {
        amount
      }
    }
  }
`);

describe('live updates over graphql-ws', () => {
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    a = await startTestServer({ STRIPE_WEBHOOK_SECRET: secret });
    // A second API process on the same database, with the same JWT secret.
    b = await startTestServer({ STRIPE_WEBHOOK_SECRET: secret, JWT_SECRET: a.config.jwt.secret! }, { database: a.database });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await a?.database.drop();
  });

  const adminSocket = async (server: TestServer) => server.wsClient({ authorization: `Bearer ${await server.token(Role.ADMIN)}` });
  const stripe = (server: TestServer, event: object) => {
    const payload = JSON.stringify(event);
    return postStripe(server.url, payload, stripeSignature(payload, secret));
  };

  it('sends a snapshot at once, then the new total within 2 s of a signed Stripe webhook', async () => {
    const stream = collect(await adminSocket(a), FINANCE_METRICS_LIVE, { days: 7 });
    const before = dataOf(await stream.waitFor(() => true)).financeMetricsUpdated;
    expect(before.sequence).toBe(1);

    const project = await factories(a.dataSource).project();
    const sentAt = Date.now();
    await stripe(a, paymentIntentEvent({ projectId: project.id, amount: 12_345 }));
    const updated = dataOf(await stream.waitFor((v) => v.data?.financeMetricsUpdated.totalReceived === before.totalReceived + 12_345, 2_000)).financeMetricsUpdated;
    console.log(`financeMetricsUpdated arrived ${Date.now() - sentAt} ms after the webhook was answered`);
    expect(updated).toMatchObject({ paymentCount: before.paymentCount + 1, sequence: 2 });
    expect(updated.asOf).not.toBeNull();
    stream.dispose();
  });

  it('delivers a change made on another instance (LISTEN/NOTIFY)', async () => {
    const stream = collect(await adminSocket(a), FINANCE_METRICS_LIVE, { days: 7 });
    const before = dataOf(await stream.waitFor(() => true)).financeMetricsUpdated.totalReceived;
    const project = await factories(b.dataSource).project();
    await stripe(b, paymentIntentEvent({ projectId: project.id, amount: 777 }));
    await stream.waitFor((v) => v.data?.financeMetricsUpdated.totalReceived === before + 777, 2_000);
    stream.dispose();
  });

  it('recovers when the listening connection drops: re-listens, then refreshes so nothing is missed', async () => {
    const stream = collect(await adminSocket(a), FINANCE_METRICS_LIVE, { days: 7 });
    const before = dataOf(await stream.waitFor(() => true)).financeMetricsUpdated.totalReceived;
    // Cut every event listener on this database; the payment below is notified while nobody listens.
    await a.dataSource.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'vejapro-events' AND datname = current_database()`);
    const project = await factories(b.dataSource).project();
    await stripe(b, paymentIntentEvent({ projectId: project.id, amount: 4_242 }));
    await stream.waitFor((v) => v.data?.financeMetricsUpdated.totalReceived === before + 4_242, 5_000);
    const [{ n }] = await a.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'vejapro-events' AND datname = current_database()`);
    expect(n).toBe(2);
    stream.dispose();
  });

  it('coalesces a burst: 30 payments in a moment make a handful of snapshots, ending with the full total', async () => {
    const stream = collect(await adminSocket(a), FINANCE_METRICS_LIVE, { days: 7 });
    const before = dataOf(await stream.waitFor(() => true)).financeMetricsUpdated.totalReceived;
    const admin = await a.token(Role.ADMIN);
    const projects = await Promise.all(Array.from({ length: 30 }, () => factories(a.dataSource).project()));
    await Promise.all(
      projects.map((project) =>
        a.graphql(
          RECORD_QUICK_PAYMENT,
          { input: { projectId: project.id, paymentType: 'DEPOSIT', amount: 100, currency: 'eur', method: 'CASH', idempotencyKey: randomUUID() } },
          admin,
        ),
      ),
    );
    await stream.waitFor((v) => v.data?.financeMetricsUpdated.totalReceived === before + 3_000, 3_000);
    const updates = stream.values.length - 1;
    console.log(`30 payments produced ${updates} snapshot(s)`);
    expect(updates).toBeLessThan(10);
    stream.dispose();
  });

  it('gives subscribers of the same window the same snapshot with their own sequence, and another window its own', async () => {
    const early = collect(await adminSocket(a), FINANCE_METRICS_LIVE, { days: 7 });
    const initial = dataOf(await early.waitFor(() => true)).financeMetricsUpdated.totalReceived;
    const project = await factories(a.dataSource).project();
    const first = await stripe(a, paymentIntentEvent({ projectId: project.id, amount: 111 }));
    expect(first.status).toBe(200);
    const seen = dataOf(await early.waitFor((v) => v.data?.financeMetricsUpdated.totalReceived === initial + 111, 2_000)).financeMetricsUpdated;
    // Joins later, so its sequence runs behind the first subscriber's.
    const late = collect(await adminSocket(a), FINANCE_METRICS_LIVE, { days: 7 });
    const short = collect(await adminSocket(a), FINANCE_METRICS_LIVE, { days: 3 });
    const lateBefore = dataOf(await late.waitFor((v) => v.data?.financeMetricsUpdated.totalReceived === seen.totalReceived)).financeMetricsUpdated;
    await short.waitFor(() => true);

    const other = await factories(a.dataSource).project();
    await stripe(a, paymentIntentEvent({ projectId: other.id, amount: 222 }));
    const target = seen.totalReceived + 222;
    const fromEarly = dataOf(await early.waitFor((v) => v.data?.financeMetricsUpdated.totalReceived === target, 2_000)).financeMetricsUpdated;
    const fromLate = dataOf(await late.waitFor((v) => v.data?.financeMetricsUpdated.totalReceived === target, 2_000)).financeMetricsUpdated;
    const fromShort = dataOf(await short.waitFor((v) => (v.data?.financeMetricsUpdated.sequence ?? 0) >= 2, 2_000)).financeMetricsUpdated;

    expect(fromEarly.sequence).toBeGreaterThan(fromLate.sequence);
    expect(fromLate.sequence).toBe(lateBefore.sequence + 1);
    expect({ ...fromLate, sequence: 0 }).toEqual({ ...fromEarly, sequence: 0 });
    expect(fromEarly.dailyVolume).toHaveLength(7);
    expect(fromShort.dailyVolume).toHaveLength(3);
    expect(fromShort.sequence).toBe(2);
    for (const stream of [early, late, short]) stream.dispose();
  });

  it('refuses finance and audit subscriptions to a CLIENT with FORBIDDEN', async () => {
    const client = a.wsClient({ authorization: `Bearer ${await a.token(Role.CLIENT)}` });
    // graphql-ws sends an error raised at subscribe time as a result with `errors`.
    for (const refused of [collect(client, FINANCE_METRICS_LIVE, {}), collect(client, AUDIT_LOG_ADDED)]) {
      const result = await refused.waitFor((v) => Boolean(v.errors?.length), 2_000);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(result.data ?? null).toBeNull();
    }
  });

  it('reads nested lists afresh for every projectChanged event', async () => {
    const project = await factories(a.dataSource).project();
    const admin = await a.token(Role.ADMIN);
    const stream = collect(await adminSocket(a), PROJECT_PAYMENTS_LIVE, { id: project.id });
    await subscribed(a, stream, { type: 'project.changed', projectId: project.id }, (v) => v.data?.projectChanged.id === project.id);
    const pay = async (amount: number) =>
      dataOf(
        await a.graphql(
          RECORD_QUICK_PAYMENT,
          { input: { projectId: project.id, paymentType: 'DEPOSIT', amount, currency: 'eur', method: 'CASH', idempotencyKey: randomUUID() } },
          admin,
        ),
      );
    await pay(500);
    await stream.waitFor((v) => v.data?.projectChanged.payments.length === 1, 2_000);
    await pay(700);
    await stream.waitFor((v) => v.data?.projectChanged.payments.length === 2, 2_000);
    stream.dispose();
  });

  it('streams only the projects a contractor may see, and audit entries to admins', async () => {
    const make = factories(a.dataSource);
    const contractor = await createUser(a, Role.CONTRACTOR);
    const mine = await make.project({ status: ProjectStatus.PAID, contractorId: contractor.id });
    const other = await make.project({ status: ProjectStatus.PAID });
    const contractorSocket = a.wsClient({ authorization: `Bearer ${await a.token(Role.CONTRACTOR, { sub: contractor.id })}` });
    const changes = collect(contractorSocket, PROJECT_CHANGED, { id: null });
    const audit = collect(await adminSocket(a), AUDIT_LOG_ADDED);
    await subscribed(a, changes, { type: 'project.changed', projectId: mine.id }, (v) => v.data?.projectChanged.id === mine.id);
    // Any existing entry will do as a probe: the contractor's creation.
    const [created] = (await a.dataSource.query(`SELECT id, seq::text FROM audit_logs WHERE entity_id = $1`, [contractor.id])) as Array<{ id: string; seq: string }>;
    await subscribed(a, audit, { type: 'audit.added', auditLogId: created!.id, seq: created!.seq }, (v) => v.data?.auditLogAdded.id === created!.id);

    const admin = await a.token(Role.ADMIN);
    await a.graphql(TRANSITION, { input: { projectId: other.id, newStatus: 'SCHEDULED' } }, admin);
    await a.graphql(TRANSITION, { input: { projectId: mine.id, newStatus: 'SCHEDULED' } }, admin);

    await changes.waitFor((v) => v.data?.projectChanged.id === mine.id && v.data.projectChanged.status === 'SCHEDULED', 2_000);
    await audit.waitFor((v) => v.data?.auditLogAdded.entityId === other.id && v.data.auditLogAdded.action === 'STATUS_CHANGED', 2_000);
    expect(changes.values.map((v) => dataOf(v).projectChanged.id)).not.toContain(other.id);
    changes.dispose();
    audit.dispose();
  });
});
