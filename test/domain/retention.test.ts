import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemContext } from '../../packages/api/src/core/context/context-factory';
import { createLogger } from '../../packages/api/src/core/logging/logger';
import { MASK } from '../../packages/api/src/retention/personal-data-mask';
import { runRetentionPass } from '../../packages/api/src/retention/retention.service';
import { dataOf } from '../support/documents';
import { uniquePhone } from '../support/fake-twilio';
import { ADD_EVIDENCE, CERTIFY, CREATE_PROJECT, PROJECT_DETAIL, TRANSITION } from '../support/operations';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { paymentIntentEvent, postStripe, stripeSignature } from '../support/stripe-events';
import { Role, startTestServer, type TestServer } from '../support/test-server';
import { createUser } from '../support/users';

const STRIPE_SECRET = `whsec_${randomBytes(16).toString('hex')}`;
const RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

interface Client {
  name: string;
  phone: string;
  email: string;
  address: string;
}

describe('retention: personal data of projects ACTIVE for longer than RETENTION_DAYS', () => {
  let server: TestServer;
  let smtp: SmtpSink;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    server = await startTestServer({
      STRIPE_WEBHOOK_SECRET: STRIPE_SECRET,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      PUBLIC_BASE_URL: 'https://vejapro.example',
      RETENTION_DAYS: String(RETENTION_DAYS),
    });
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  const clientOf = (label: string): Client => ({
    name: `Rūta ${label} Petrauskienė`,
    phone: uniquePhone(),
    email: `${label.toLowerCase()}-${randomUUID().slice(0, 8)}@example.lt`,
    address: `Gedimino pr. ${Math.floor(Math.random() * 900) + 1}, Vilnius`,
  });

  const stripe = (event: object) => {
    const payload = JSON.stringify(event);
    return postStripe(server.url, payload, stripeSignature(payload, STRIPE_SECRET));
  };

  /** The whole lifecycle through the API: created, paid, scheduled, certified, paid in full, confirmed by the client's link. */
  async function activeProject(client: Client): Promise<{ id: string; activatedAt: Date }> {
    const admin = await server.token(Role.ADMIN);
    const contractor = await createUser(server, Role.CONTRACTOR);
    const expert = await createUser(server, Role.EXPERT);
    const created = await server.graphql(
      CREATE_PROJECT,
      { input: { clientInfo: client, serviceType: 'ROLL_LAWN', areaM2: 120, contractorId: contractor.id, expertId: expert.id } },
      admin,
    );
    const id = dataOf(created).createProject.id;
    expect((await stripe(paymentIntentEvent({ projectId: id, paymentType: 'DEPOSIT', amount: 40_000 }))).body).toEqual({ status: 'processed' });
    dataOf(await server.graphql(TRANSITION, { input: { projectId: id, newStatus: 'SCHEDULED' } }, admin));
    dataOf(await server.graphql(TRANSITION, { input: { projectId: id, newStatus: 'PENDING_EXPERT' } }, await server.token(Role.CONTRACTOR, { sub: contractor.id })));
    const expertToken = await server.token(Role.EXPERT, { sub: expert.id });
    for (let i = 0; i < 3; i++) {
      dataOf(
        await server.graphql(ADD_EVIDENCE, { input: { projectId: id, fileUrl: `https://cdn.vejapro.example/${id}-${i}.jpg`, category: 'EXPERT_CERTIFICATION' } }, expertToken),
      );
    }
    dataOf(await server.graphql(CERTIFY, { projectId: id }, expertToken));
    expect((await stripe(paymentIntentEvent({ projectId: id, paymentType: 'FINAL', amount: 90_000 }))).body).toEqual({ status: 'processed' });
    const mail = await smtp.waitForMail((m) => m.envelopeTo.includes(client.email), 10_000);
    const link = /https:\/\/vejapro\.example(\/public\/confirm-payment\/[A-Z0-9]{6})/.exec(mail.text ?? '')![1]!;
    const confirmed = await fetch(`${server.url}${link}`, { method: 'POST', headers: { accept: 'application/json' } });
    expect(await confirmed.json()).toMatchObject({ projectStatus: 'ACTIVE' });
    const trail = dataOf(await server.graphql(PROJECT_DETAIL, { id }, admin)).project!.auditTrail.edges.map((edge) => edge.node);
    const activation = trail.find((entry) => entry.action === 'STATUS_CHANGED' && (entry.newValue as { status?: string }).status === 'ACTIVE')!;
    return { id, activatedAt: new Date(activation.createdAt as string) };
  }

  const detail = async (id: string) => dataOf(await server.graphql(PROJECT_DETAIL, { id }, await server.token(Role.ADMIN))).project!;
  const auditRows = (projectId: string) =>
    server.dataSource.query(`SELECT id, seq, action, actor_type, old_value, new_value, created_at FROM audit_logs WHERE project_id = $1 ORDER BY seq`, [projectId]);
  const messages = (projectId: string) => server.dataSource.query(`SELECT recipient, subject, body FROM outbound_messages WHERE project_id = $1 ORDER BY created_at`, [projectId]);
  const pass = (now: Date) =>
    runRetentionPass(
      createSystemContext({ config: server.config, logger: createLogger(server.config), dataSource: server.dataSource }, { requestId: 'test', ip: null, userAgent: null }),
      now,
    );
  const mentionsAny = (value: unknown, client: Client) => Object.values(client).some((personal) => JSON.stringify(value).includes(personal));

  it('masks an expired project once, in its client info, messages and audit entries, leaves a younger one alone, and the audit log stays append-only', async () => {
    const oldClient = clientOf('Old');
    const youngClient = clientOf('Young');
    const old = await activeProject(oldClient);
    const young = await activeProject(youngClient);
    expect(young.activatedAt.getTime()).toBeGreaterThan(old.activatedAt.getTime());
    // A clock RETENTION_DAYS after a moment between the two activations: only the older one is due.
    const now = new Date((old.activatedAt.getTime() + young.activatedAt.getTime()) / 2 + RETENTION_DAYS * DAY_MS);

    const oldBefore = await detail(old.id);
    const oldAuditBefore = await auditRows(old.id);
    const youngAuditBefore = await auditRows(young.id);
    const youngMessagesBefore = await messages(young.id);
    expect(mentionsAny(oldAuditBefore, oldClient)).toBe(true);
    expect(mentionsAny(await messages(old.id), oldClient)).toBe(true);

    // Another instance holding the job's lock: this one does not run it.
    const other = server.dataSource.createQueryRunner();
    await other.connect();
    try {
      await other.query(`SELECT pg_advisory_lock(hashtext('vejapro.retention'))`);
      expect(await pass(now)).toEqual({ ran: false, maskedProjectIds: [] });
    } finally {
      await other.query(`SELECT pg_advisory_unlock(hashtext('vejapro.retention'))`);
      await other.release();
    }

    // Other tests of this file may leave projects of their own due; only these two are judged here.
    const ours = (result: { ran: boolean; maskedProjectIds: string[] }) => ({
      ...result,
      maskedProjectIds: result.maskedProjectIds.filter((id) => id === old.id || id === young.id),
    });
    expect(ours(await pass(now))).toEqual({ ran: true, maskedProjectIds: [old.id] });

    const masked = await detail(old.id);
    expect(masked.clientInfo).toEqual({ name: MASK, clientId: null, phone: MASK, email: MASK, address: MASK });
    expect(masked.status).toBe('ACTIVE');
    // Payments keep their amounts.
    expect(masked.payments).toEqual(oldBefore.payments);

    const oldAuditAfter = await auditRows(old.id);
    expect(mentionsAny(oldAuditAfter, oldClient)).toBe(false);
    // The same entries in the same order, plus one of the job's own.
    expect(oldAuditAfter.slice(0, -1).map((row: { id: string; action: string }) => [row.id, row.action])).toEqual(
      oldAuditBefore.map((row: { id: string; action: string }) => [row.id, row.action]),
    );
    const created = oldAuditAfter.find((row: { action: string }) => row.action === 'PROJECT_CREATED');
    expect(created.new_value.clientInfo).toEqual({ name: MASK, clientId: null, phone: MASK, email: MASK, address: MASK });
    expect(created.new_value.serviceType).toBe('ROLL_LAWN');
    expect(oldAuditAfter.at(-1)).toMatchObject({ action: 'PERSONAL_DATA_MASKED', actor_type: 'SYSTEM', new_value: { retentionDays: RETENTION_DAYS } });
    const trail = (await detail(old.id)).auditTrail.edges.map((edge) => edge.node);
    expect(trail[0]).toMatchObject({ action: 'PERSONAL_DATA_MASKED', actorType: 'SYSTEM' });

    const oldMessages = await messages(old.id);
    expect(oldMessages.length).toBeGreaterThan(0);
    expect(mentionsAny(oldMessages, oldClient)).toBe(false);

    // The younger project is untouched.
    expect((await detail(young.id)).clientInfo).toEqual({ ...youngClient, clientId: null });
    expect(await auditRows(young.id)).toEqual(youngAuditBefore);
    expect(await messages(young.id)).toEqual(youngMessagesBefore);

    // A second pass changes nothing.
    expect(ours(await pass(now))).toEqual({ ran: true, maskedProjectIds: [] });
    expect(await auditRows(old.id)).toEqual(oldAuditAfter);
  });

  it('lets no other UPDATE, nor any DELETE or TRUNCATE, through the audit log guard', async () => {
    const project = await activeProject(clientOf('Guard'));
    const [entry] = await server.dataSource.query(`SELECT id, new_value FROM audit_logs WHERE entity_id = $1 AND action = 'PROJECT_CREATED'`, [project.id]);
    const refused = (sql: string, params: unknown[] = []) => expect(server.dataSource.query(sql, params)).rejects.toThrow(/audit_logs is append-only/);

    await refused(`UPDATE audit_logs SET action = 'PROJECT_DELETED' WHERE id = $1`, [entry.id]);
    await refused(`UPDATE audit_logs SET new_value = jsonb_set(new_value, '{serviceType}', '"SEEDING"') WHERE id = $1`, [entry.id]);
    // Masking and changing something else in one statement.
    await refused(`UPDATE audit_logs SET new_value = jsonb_set(new_value, '{clientInfo,name}', to_jsonb($2::text)), note = 'x' WHERE id = $1`, [entry.id, MASK]);
    // Dropping a key is not masking it.
    await refused(`UPDATE audit_logs SET new_value = new_value #- '{clientInfo,phone}' WHERE id = $1`, [entry.id]);
    await refused(`UPDATE audit_logs SET new_value = jsonb_set(new_value, '{clientInfo,name}', '"someone else"') WHERE id = $1`, [entry.id]);
    await refused(`DELETE FROM audit_logs WHERE id = $1`, [entry.id]);
    await expect(server.dataSource.query(`TRUNCATE audit_logs`)).rejects.toThrow(/append-only/);

    const [after] = await server.dataSource.query(`SELECT new_value FROM audit_logs WHERE id = $1`, [entry.id]);
    expect(after.new_value).toEqual(entry.new_value);
  });
});
