import type { DataSource } from 'typeorm';
import { Role } from '../core/auth/role';
import { backfillLedger } from '../finance/ledger-backfill';
import type { Logger } from '../core/logging/logger';
import { DEMO_USERS, demoUsersWithRole, insertDemoUsers } from './demo-people';
import { DEMO_SERVICE_TYPES } from './demo-story';

/**
 * Benchmark data: projects 1..count, each with the payments, photos and PROJECT_CREATED
 * entry its status implies, generated inside PostgreSQL (INSERT ... SELECT FROM
 * generate_series) so 10,000 take seconds. Project n has the id md5('bulk-' || n)::uuid
 * and every random choice comes from md5 of n, so the set is the same on every run and a
 * second run with the same count inserts nothing (ON CONFLICT (id) DO NOTHING).
 */

/** Projects per statement: large enough to amortise round trips, small enough to keep each statement short. */
const BATCH_SIZE = 2_500;

/** Bulk clients' e-mails: example.com never delivers mail, and the pattern tells bulk projects apart. */
const BULK_EMAIL_PATTERN = 'bulk-%@example.com';

/**
 * One batch: projects n = $1..$2 not present yet, and for exactly those (RETURNING) their
 * payments, evidences and audit entry, in one statement, so a batch is all or nothing.
 * `rnd(k)` is a 16-bit number drawn from slice k of the project's hashes.
 */
const INSERT_BATCH = `
WITH src AS (
  SELECT n, md5('bulk-' || n) AS h, md5('bulk-r-' || n) AS r
  FROM generate_series($1::int, $2::int) AS n
), draws AS (
  SELECT n, h::uuid AS id,
         ('x' || substr(r, 1, 4))::bit(16)::int % 100 AS status_draw,
         ('x' || substr(r, 5, 4))::bit(16)::int AS age_draw,
         ('x' || substr(r, 9, 4))::bit(16)::int AS service_draw,
         ('x' || substr(r, 13, 4))::bit(16)::int AS area_draw,
         ('x' || substr(r, 17, 4))::bit(16)::int AS first_draw,
         ('x' || substr(r, 21, 4))::bit(16)::int AS last_draw,
         ('x' || substr(r, 25, 4))::bit(16)::int AS place_draw,
         ('x' || substr(r, 29, 4))::bit(16)::int AS house_draw,
         ('x' || substr(h, 1, 8))::bit(32)::bigint AS phone_draw,
         ('x' || substr(h, 9, 4))::bit(16)::int AS payment_draw,
         ('x' || substr(h, 13, 4))::bit(16)::int AS hours_draw,
         ('x' || substr(h, 17, 4))::bit(16)::int AS evidence_draw
  FROM src
), facts AS (
  SELECT d.*,
         -- DRAFT 8 %, PAID 12 %, SCHEDULED 15 %, PENDING_EXPERT 13 %, CERTIFIED 15 %, ACTIVE 37 %
         CASE WHEN status_draw < 8 THEN 0 WHEN status_draw < 20 THEN 1 WHEN status_draw < 35 THEN 2
              WHEN status_draw < 48 THEN 3 WHEN status_draw < 63 THEN 4 ELSE 5 END AS stage,
         1 + service_draw % 4 AS service_no,
         (50 + area_draw % 2000)::numeric AS area_m2
  FROM draws d
), shaped AS (
  SELECT f.*,
         (ARRAY['DRAFT', 'PAID', 'SCHEDULED', 'PENDING_EXPERT', 'CERTIFIED', 'ACTIVE'])[stage + 1] AS status,
         ($3::text[])[service_no] AS service_type,
         -- Old enough for every step its status implies (the final payment comes 12-14 days in).
         now() - make_interval(days => (ARRAY[0, 1, 3, 7, 15, 21])[stage + 1] + age_draw % 340, secs => age_draw % 86400) AS created_at,
         round(area_m2 * (ARRAY[550, 1100, 850, 400])[service_no])::int AS price_cents,
         CASE WHEN n % 2 = 0
           THEN (ARRAY['Jonas', 'Petras', 'Mindaugas', 'Vytautas', 'Šarūnas', 'Žygimantas', 'Tomas', 'Kęstutis'])[1 + first_draw % 8] || ' ' ||
                (ARRAY['Petrauskas', 'Kazlauskas', 'Jankauskas', 'Stankevičius', 'Vasiliauskas', 'Žukauskas', 'Butkus', 'Urbonas'])[1 + last_draw % 8]
           ELSE (ARRAY['Ona', 'Rūta', 'Jurgita', 'Eglė', 'Aistė', 'Gintarė', 'Živilė', 'Asta'])[1 + first_draw % 8] || ' ' ||
                (ARRAY['Petrauskienė', 'Kazlauskienė', 'Jankauskienė', 'Stankevičienė', 'Vasiliauskienė', 'Žukauskienė', 'Butkienė', 'Urbonienė'])[1 + last_draw % 8]
         END AS client_name,
         (ARRAY['Žirmūnų g.|Vilnius|LT-09', 'Pilaitės pr.|Vilnius|LT-06', 'Antakalnio g.|Vilnius|LT-10', 'Savanorių pr.|Kaunas|LT-44',
                'Aukštaičių g.|Kaunas|LT-44', 'Taikos pr.|Klaipėda|LT-91', 'Tilžės g.|Šiauliai|LT-76', 'Smėlynės g.|Panevėžys|LT-35'])[1 + place_draw % 8] AS place,
         CASE WHEN payment_draw % 3 = 0 THEN 'MANUAL' ELSE 'STRIPE' END AS provider,
         (stage = 5 OR (stage = 4 AND payment_draw % 2 = 0)) AS has_final,
         CASE WHEN stage >= 4 THEN 3 + evidence_draw % 2 WHEN stage = 3 THEN 1 + evidence_draw % 2 WHEN stage = 2 THEN evidence_draw % 2 ELSE 0 END AS evidence_count,
         CASE WHEN stage >= 2 THEN ($4::uuid[])[1 + n % cardinality($4::uuid[])] END AS contractor_id,
         CASE WHEN stage >= 2 THEN ($5::uuid[])[1 + n % cardinality($5::uuid[])] END AS expert_id
  FROM facts f
), prepared AS (
  SELECT s.*,
         round(price_cents * 0.3 / 100)::int * 100 AS deposit_cents,
         '+3706' || lpad((phone_draw % 10000000)::text, 7, '0') AS client_phone,
         'bulk-' || n || '@example.com' AS client_email,
         split_part(place, '|', 1) || ' ' || (1 + house_draw % 140) || ', ' || split_part(place, '|', 3) || lpad((house_draw % 1000)::text, 3, '0') || ' ' || split_part(place, '|', 2) AS client_address
  FROM shaped s
), ins AS (
  INSERT INTO projects (id, status, client_name, client_phone, client_email, client_address, contractor_id, expert_id, service_type, area_m2, created_at, updated_at)
  SELECT id, status, client_name, client_phone, client_email, client_address, contractor_id, expert_id, service_type, area_m2,
         created_at, created_at + make_interval(days => (ARRAY[0, 1, 2, 6, 11, 14])[stage + 1])
  FROM prepared
  ON CONFLICT (id) DO NOTHING
  RETURNING id
), new_rows AS (
  SELECT prepared.* FROM prepared JOIN ins USING (id)
), pay AS (
  INSERT INTO payments (id, project_id, provider, provider_reference, payment_type, method, amount, currency, status, received_at, created_at)
  SELECT md5('bulk-payment-' || p.kind || '-' || r.n)::uuid, r.id, r.provider,
         CASE r.provider WHEN 'STRIPE' THEN 'pi_bulk_' ELSE 'quick_bulk_' END || r.n || '_' || lower(p.kind),
         p.kind,
         CASE WHEN r.provider = 'STRIPE' THEN 'CARD' WHEN r.payment_draw % 2 = 0 THEN 'CASH' ELSE 'BANK_TRANSFER' END,
         p.amount, 'eur', 'SUCCEEDED', r.created_at + p.after, r.created_at + p.after
  FROM new_rows r
  CROSS JOIN LATERAL (VALUES
    ('DEPOSIT', r.deposit_cents, make_interval(hours => 1 + r.hours_draw % 20), r.stage >= 1),
    ('FINAL', r.price_cents - r.deposit_cents, make_interval(days => 12, hours => r.hours_draw % 48), r.has_final)
  ) AS p(kind, amount, after, wanted)
  WHERE p.wanted
), ev AS (
  INSERT INTO evidences (id, project_id, file_url, category, uploaded_by, uploaded_at)
  SELECT md5('bulk-evidence-' || r.n || '-' || e.i)::uuid, r.id,
         'https://placehold.co/800x600?text=bulk-' || r.n || '-' || e.i,
         CASE WHEN r.stage >= 4 THEN CASE WHEN e.i <= 3 THEN 'EXPERT_CERTIFICATION' ELSE 'SITE_AFTER' END
              ELSE (ARRAY['SITE_BEFORE', 'SITE_AFTER'])[e.i] END,
         CASE WHEN r.stage >= 4 AND e.i <= 3 THEN r.expert_id ELSE r.contractor_id END::text,
         r.created_at + make_interval(days => CASE WHEN r.stage = 2 THEN 2 ELSE 5 END, hours => e.i)
  FROM new_rows r
  CROSS JOIN LATERAL generate_series(1, r.evidence_count) AS e(i)
), aud AS (
  INSERT INTO audit_logs (id, entity_type, entity_id, project_id, action, new_value, actor_type, actor_id, created_at)
  SELECT md5('bulk-audit-' || r.n)::uuid, 'project', r.id, r.id, 'PROJECT_CREATED',
         jsonb_build_object(
           'status', 'DRAFT',
           'clientInfo', jsonb_build_object('name', r.client_name, 'clientId', NULL, 'phone', r.client_phone, 'email', r.client_email, 'address', r.client_address),
           'serviceType', r.service_type, 'areaM2', r.area_m2, 'contractorId', NULL, 'expertId', NULL),
         'ADMIN', $6, r.created_at
  FROM new_rows r
)
SELECT count(*)::int AS inserted FROM ins`;

/** Tops the bulk set up to `count` projects; returns how many it added and how many bulk projects there are now. */
export async function seedBulkProjects(dataSource: DataSource, count: number, logger: Logger, businessTimezone: string): Promise<{ inserted: number; total: number }> {
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number >= 0, got ${count}`);
  const started = Date.now();
  // Bulk projects are assigned to the demo staff, so a demo contractor's token sees a realistic share.
  await dataSource.transaction((manager) => insertDemoUsers(manager));
  const contractorIds = demoUsersWithRole(Role.CONTRACTOR).map((user) => user.id);
  const expertIds = demoUsersWithRole(Role.EXPERT).map((user) => user.id);

  let inserted = 0;
  // Each batch commits on its own: an interrupted run leaves whole projects, and the next run tops up the rest.
  for (let first = 1; first <= count; first += BATCH_SIZE) {
    const last = Math.min(count, first + BATCH_SIZE - 1);
    const [row] = (await dataSource.query(INSERT_BATCH, [first, last, [...DEMO_SERVICE_TYPES], contractorIds, expertIds, DEMO_USERS.admin.id])) as [{ inserted: number }];
    inserted += row.inserted;
  }
  // Bulk payments count in the ledger and in finance metrics like live ones.
  if (inserted > 0) await backfillLedger(dataSource.manager, businessTimezone);
  // Fresh planner statistics, so benchmarks right after seeding measure the plans production would get.
  if (inserted > 0) await dataSource.query('ANALYZE projects, payments, evidences, audit_logs');

  const [{ total }] = (await dataSource.query(`SELECT count(*)::int AS total FROM projects WHERE client_email LIKE $1`, [BULK_EMAIL_PATTERN])) as [{ total: number }];
  logger.info({ inserted, total, requested: count, ms: Date.now() - started }, 'bulk projects seeded');
  return { inserted, total };
}
