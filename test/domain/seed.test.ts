import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillLedger } from '../../packages/api/src/finance/ledger-backfill';
import { expectLedgerInvariants } from '../support/ledger-invariants';
import { createAppDataSource } from '../../packages/api/src/app/data-source';
import { createLogger } from '../../packages/api/src/core/logging/logger';
import { ProjectStatus } from '../../packages/api/src/projects/project-status.enum';
import { seedBulkProjects } from '../../packages/api/src/seed/bulk-data';
import { seedDemoData } from '../../packages/api/src/seed/demo-data';
import { DEMO_USERS } from '../../packages/api/src/seed/demo-people';
import { buildDemoRows } from '../../packages/api/src/seed/demo-story';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// pino({ level: 'silent' }) through the api's logger factory: pino is a dependency of packages/api, not of the root.
const logger = createLogger({ logLevel: 'silent', piiRedaction: { enabled: false, fields: [] } });

/** A private migrated database for one describe block. */
function useDatabase(): () => DataSource {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createAppDataSource(database.url, { poolSize: 2 });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });
  return () => dataSource;
}

/** Per project: status, deposit and final payments, certification photos; restricted by `where` on projects p. */
async function projectFacts(dataSource: DataSource, where = 'TRUE') {
  return (await dataSource.query(`
    SELECT p.id, p.status, p.contractor_id, p.expert_id,
      (SELECT count(*)::int FROM payments x WHERE x.project_id = p.id AND x.payment_type = 'DEPOSIT' AND x.status = 'SUCCEEDED') AS deposits,
      (SELECT count(*)::int FROM payments x WHERE x.project_id = p.id AND x.payment_type = 'FINAL' AND x.status = 'SUCCEEDED') AS finals,
      (SELECT count(*)::int FROM evidences e WHERE e.project_id = p.id AND e.category = 'EXPERT_CERTIFICATION') AS certification_photos
    FROM projects p WHERE ${where}`)) as Array<{
    id: string;
    status: ProjectStatus;
    contractor_id: string | null;
    expert_id: string | null;
    deposits: number;
    finals: number;
    certification_photos: number;
  }>;
}

const AFTER_PAID = [ProjectStatus.PAID, ProjectStatus.SCHEDULED, ProjectStatus.PENDING_EXPERT, ProjectStatus.CERTIFIED, ProjectStatus.ACTIVE];
const CERTIFIED_OR_ACTIVE = [ProjectStatus.CERTIFIED, ProjectStatus.ACTIVE];

describe('demo seed', () => {
  const db = useDatabase();
  let first: { seeded: boolean; projects: number };
  beforeAll(async () => {
    first = await seedDemoData(db(), logger, 'Europe/Vilnius');
  });

  it('puts the seeded payments in the ledger and the daily roll-up, balanced and complete', async () => {
    await expectLedgerInvariants(db());
    const [{ net, count }] = await db().query(`SELECT coalesce(sum(amount - refunded_amount), 0)::bigint AS net, count(*)::int AS count FROM payments WHERE status <> 'FAILED'`);
    const [daily] = await db().query(`SELECT coalesce(sum(gross_amount - refunded_amount), 0)::bigint AS net, coalesce(sum(payment_count), 0)::int AS count FROM finance_daily`);
    expect(daily).toEqual({ net, count });
    expect(await backfillLedger(db().manager, 'Europe/Vilnius')).toBe(0);
  });

  it('fills an empty database with projects in every status, and a second call inserts nothing', async () => {
    expect(first.seeded).toBe(true);
    expect(first.projects).toBeGreaterThanOrEqual(30);
    const statuses = (await db().query('SELECT DISTINCT status FROM projects')) as Array<{ status: string }>;
    expect(statuses.map((row) => row.status).sort()).toEqual(Object.values(ProjectStatus).sort());

    const counts = async () => (await db().query(`SELECT (SELECT count(*)::int FROM projects) AS projects, (SELECT count(*)::int FROM audit_logs) AS audit`)) as unknown[];
    const before = await counts();
    expect(await seedDemoData(db(), logger, 'Europe/Vilnius')).toEqual({ seeded: false, projects: 0 });
    expect(await counts()).toEqual(before);
  });

  it('gives every certified or active project its certification photos and deposit, and active ones their final payment', async () => {
    const facts = await projectFacts(db());
    for (const project of facts) {
      if (AFTER_PAID.includes(project.status)) expect(project.deposits, project.status).toBe(1);
      else expect(project.deposits).toBe(0);
      if (CERTIFIED_OR_ACTIVE.includes(project.status)) expect(project.certification_photos).toBeGreaterThanOrEqual(3);
      if (project.status === ProjectStatus.ACTIVE) expect(project.finals).toBe(1);
      const assigned = ![ProjectStatus.DRAFT, ProjectStatus.PAID].includes(project.status);
      expect(Boolean(project.contractor_id && project.expert_id)).toBe(assigned);
    }
    // Certification can be demoed: a pending project with enough photos, assigned to the fixed demo expert.
    expect(facts.some((p) => p.status === ProjectStatus.PENDING_EXPERT && p.certification_photos >= 3 && p.expert_id === DEMO_USERS.expert.id)).toBe(true);
    // The fixed contractor's token sees every working status.
    const contractorStatuses = new Set(facts.filter((p) => p.contractor_id === DEMO_USERS.contractor.id).map((p) => p.status));
    expect(contractorStatuses.size).toBe(4);
  });

  it("writes an audit trail that follows each project's story", async () => {
    const rows = (await db().query(`
      SELECT p.status,
        (SELECT count(*)::int FROM audit_logs a WHERE a.entity_id = p.id AND a.action = 'PROJECT_CREATED') AS created,
        (SELECT count(*)::int FROM audit_logs a WHERE a.entity_id = p.id AND a.action = 'STATUS_CHANGED') AS steps,
        (SELECT count(*)::int FROM audit_logs a WHERE a.project_id = p.id AND a.action = 'PAYMENT_RECORDED') AS payments,
        (SELECT count(*)::int FROM payments x WHERE x.project_id = p.id) AS payment_rows,
        (SELECT bool_and(a.created_at <= now()) FROM audit_logs a WHERE a.project_id = p.id) AS in_the_past,
        (SELECT array_agg(a.action ORDER BY a.seq) FROM audit_logs a WHERE a.project_id = p.id) AS actions
      FROM projects p`)) as Array<{ status: ProjectStatus; created: number; steps: number; payments: number; payment_rows: number; in_the_past: boolean; actions: string[] }>;
    const stage = (status: ProjectStatus) => Object.values(ProjectStatus).indexOf(status);
    for (const row of rows) {
      expect(row.created).toBe(1);
      expect(row.steps).toBe(stage(row.status));
      expect(row.payments).toBe(row.payment_rows);
      expect(row.in_the_past).toBe(true);
      expect(row.actions[0]).toBe('PROJECT_CREATED');
    }
    const stripe = (await db().query(`SELECT count(*)::int AS n FROM audit_logs WHERE actor_type = 'SYSTEM_STRIPE' AND actor_id LIKE 'evt_demo_%'`)) as [{ n: number }];
    expect(stripe[0].n).toBeGreaterThan(0);
    const activations = (await db().query(`SELECT DISTINCT actor_type FROM audit_logs WHERE new_value = '{"status":"ACTIVE"}'`)) as Array<{ actor_type: string }>;
    expect(activations).toEqual([{ actor_type: 'SYSTEM_TWILIO' }]);
    const rules = (await db().query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE valid_to IS NULL)::int AS open FROM margin_rules`)) as [{ n: number; open: number }];
    expect(rules[0]).toEqual({ n: 5, open: 4 });
  });

  it('tells the same story every time', () => {
    const now = new Date('2025-11-22T10:00:00Z');
    expect(buildDemoRows(now)).toEqual(buildDemoRows(now));
  });
});

describe('bulk seed', () => {
  const db = useDatabase();

  it('tops the set up to the requested count and never twice', async () => {
    expect(await seedBulkProjects(db(), 500, logger, 'Europe/Vilnius')).toEqual({ inserted: 500, total: 500 });
    expect(await seedBulkProjects(db(), 500, logger, 'Europe/Vilnius')).toEqual({ inserted: 0, total: 500 });
    expect(await seedBulkProjects(db(), 700, logger, 'Europe/Vilnius')).toEqual({ inserted: 200, total: 700 });
    const [counts] = (await db().query(
      `SELECT (SELECT count(*)::int FROM projects) AS projects, (SELECT count(*)::int FROM audit_logs WHERE action = 'PROJECT_CREATED') AS created`,
    )) as [{ projects: number; created: number }];
    expect(counts).toEqual({ projects: 700, created: 700 });
  });
});

describe('bulk seed data', () => {
  const db = useDatabase();
  beforeAll(async () => {
    // Seeded in two steps, as a topped-up set is.
    await seedBulkProjects(db(), 500, logger, 'Europe/Vilnius');
    await seedBulkProjects(db(), 700, logger, 'Europe/Vilnius');
  });

  it('keeps payments and photos consistent with each status', async () => {
    const facts = await projectFacts(db());
    expect(new Set(facts.map((p) => p.status)).size).toBe(Object.values(ProjectStatus).length);
    for (const project of facts) {
      expect(project.deposits).toBe(AFTER_PAID.includes(project.status) ? 1 : 0);
      if (CERTIFIED_OR_ACTIVE.includes(project.status)) expect(project.certification_photos).toBeGreaterThanOrEqual(3);
      if (project.status === ProjectStatus.ACTIVE) expect(project.finals).toBe(1);
    }
    const [late] = (await db().query(`
      SELECT (SELECT count(*)::int FROM payments x JOIN projects p ON p.id = x.project_id WHERE x.received_at <= p.created_at OR x.received_at > now()) AS payments,
             (SELECT count(*)::int FROM evidences e WHERE e.uploaded_at > now()) AS evidences`)) as [{ payments: number; evidences: number }];
    expect(late).toEqual({ payments: 0, evidences: 0 });
  });
});
