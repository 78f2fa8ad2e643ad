import { ActorType } from '../audit/actor-type.enum';
import type { AuditEntityType } from '../audit/audit.service';
import { Role } from '../core/auth/role';
import { EvidenceCategory } from '../evidences/evidence-category.enum';
import { PaymentMethod, PaymentProvider, PaymentStatus, PaymentType } from '../payments/payment.enums';
import { ProjectStatus } from '../projects/project-status.enum';
import { evidenceSnapshot } from '../evidences/evidence.service';
import { marginRuleSnapshot } from '../margins/margin-rule.service';
import { paymentSnapshot } from '../payments/payment.service';
import { projectCreatedSnapshot } from '../projects/project.service';
import { ALL_DEMO_USERS, DEMO_USERS, OTHER_CLIENTS, OTHER_STAFF, demoUsersWithRole, md5Uuid, type DemoUser } from './demo-people';

/**
 * The demo story `pnpm start` loads into an empty database (SEED_DEMO_DATA) and `pnpm seed`
 * loads on demand: ~36 projects in every status with the payments, photos and audit trail
 * their status implies, and margin rules. A seeded generator makes it the same story every
 * time; only the dates move, so the projects always look recent (the last ~60 days). Audit
 * values come from the services' own snapshot functions, so the story reads like live data.
 */

/** Service types of the demo; margin rules and the bulk seed use the same ones. */
export const DEMO_SERVICE_TYPES = ['SEEDED_LAWN', 'ROLL_LAWN', 'IRRIGATION', 'LAWN_RENOVATION'] as const;
type ServiceType = (typeof DEMO_SERVICE_TYPES)[number];

/** Typical sizes and prices; the deposit is 30 % of the price. */
const SERVICES: Record<ServiceType, { areaM2: [number, number]; centsPerM2: [number, number] }> = {
  SEEDED_LAWN: { areaM2: [250, 2500], centsPerM2: [450, 650] },
  ROLL_LAWN: { areaM2: [80, 900], centsPerM2: [950, 1300] },
  IRRIGATION: { areaM2: [200, 1500], centsPerM2: [700, 1000] },
  LAWN_RENOVATION: { areaM2: [150, 1200], centsPerM2: [300, 500] },
};
const DEPOSIT_SHARE = 0.3;

const MARGIN_RULES: ReadonlyArray<{ serviceType: ServiceType; marginPercent: number; fromDaysAgo: number; toDaysAgo: number | null }> = [
  { serviceType: 'SEEDED_LAWN', marginPercent: 28, fromDaysAgo: 150, toDaysAgo: null },
  // The expired one: roll lawn got cheaper from the supplier 40 days ago, the margin was cut.
  { serviceType: 'ROLL_LAWN', marginPercent: 25, fromDaysAgo: 150, toDaysAgo: 40 },
  { serviceType: 'ROLL_LAWN', marginPercent: 22, fromDaysAgo: 40, toDaysAgo: null },
  { serviceType: 'IRRIGATION', marginPercent: 35, fromDaysAgo: 150, toDaysAgo: null },
  { serviceType: 'LAWN_RENOVATION', marginPercent: 30, fromDaysAgo: 150, toDaysAgo: null },
];

const MALE_FIRST = ['Jonas', 'Petras', 'Mindaugas', 'Vytautas', 'Šarūnas', 'Žygimantas', 'Rimantas', 'Kęstutis', 'Audrius', 'Marius', 'Linas', 'Saulius'];
const FEMALE_FIRST = ['Ona', 'Rūta', 'Jurgita', 'Eglė', 'Aistė', 'Gintarė', 'Inga', 'Dalia', 'Kristina', 'Vaida', 'Živilė', 'Asta'];
/** Surnames as [husband's, wife's] forms. */
const SURNAMES: ReadonlyArray<[string, string]> = [
  ['Petrauskas', 'Petrauskienė'],
  ['Kazlauskas', 'Kazlauskienė'],
  ['Jankauskas', 'Jankauskienė'],
  ['Stankevičius', 'Stankevičienė'],
  ['Vasiliauskas', 'Vasiliauskienė'],
  ['Žukauskas', 'Žukauskienė'],
  ['Butkus', 'Butkienė'],
  ['Paulauskas', 'Paulauskienė'],
  ['Urbonas', 'Urbonienė'],
  ['Kavaliauskas', 'Kavaliauskienė'],
  ['Ramanauskas', 'Ramanauskienė'],
  ['Šimkus', 'Šimkienė'],
  ['Baranauskas', 'Baranauskienė'],
  ['Rimkus', 'Rimkienė'],
  ['Sakalauskas', 'Sakalauskienė'],
  ['Žemaitis', 'Žemaitienė'],
];
const MAIL_DOMAINS = ['gmail.com', 'gmail.com', 'inbox.lt', 'one.lt', 'yahoo.com', 'splius.lt'];

const PLACES: ReadonlyArray<{ city: string; postcodes: [number, number]; streets: string[] }> = [
  { city: 'Vilnius', postcodes: [1100, 14400], streets: ['Žirmūnų g.', 'Antakalnio g.', 'Pilaitės pr.', 'Bajorų kel.', 'Pavilnionių g.', 'Valakampių g.', 'Trakų Vokės g.'] },
  { city: 'Kaunas', postcodes: [44100, 52400], streets: ['Savanorių pr.', 'Aukštaičių g.', 'Vytauto pr.', 'Romainių g.', 'Linkuvos g.'] },
  { city: 'Klaipėda', postcodes: [91100, 96300], streets: ['Taikos pr.', 'Liepų g.', 'Smiltelės g.', 'Šilutės pl.'] },
  { city: 'Šiauliai', postcodes: [76100, 78400], streets: ['Tilžės g.', 'Dainų g.', 'Gardino g.', 'Architektų g.'] },
  { city: 'Panevėžys', postcodes: [35100, 37400], streets: ['Smėlynės g.', 'Klaipėdos g.', 'Respublikos g.', 'Staniūnų g.'] },
];
/** Most of the work is around the two big cities. */
const PLACE_WEIGHTS = [0, 0, 0, 1, 1, 2, 3, 4];

/** The lifecycle's order (project-lifecycle.ts); a project's stage is its index here. */
const STAGES = [ProjectStatus.DRAFT, ProjectStatus.PAID, ProjectStatus.SCHEDULED, ProjectStatus.PENDING_EXPERT, ProjectStatus.CERTIFIED, ProjectStatus.ACTIVE];
const [DRAFT, PAID, SCHEDULED, PENDING_EXPERT, CERTIFIED, ACTIVE] = [0, 1, 2, 3, 4, 5];

/** How many demo projects sit in each status (36 in all). */
const PROJECTS_PER_STAGE = [5, 6, 6, 6, 6, 7];

/** Client accounts and which project (stage, n-th of that stage) each one owns. */
const CLIENT_PROJECTS: ReadonlyArray<[DemoUser, number, number]> = [
  [DEMO_USERS.client, SCHEDULED, 0],
  [DEMO_USERS.client, CERTIFIED, 0],
  [DEMO_USERS.client, ACTIVE, 0],
  [OTHER_CLIENTS.gintare, DRAFT, 0],
  [OTHER_CLIENTS.jonas, PAID, 0],
  [OTHER_CLIENTS.egle, PENDING_EXPERT, 1],
  [OTHER_CLIENTS.paulius, ACTIVE, 1],
];

const DAY_MS = 86_400_000;
const DEMO_SEED = 0x5eed_2025;

/** mulberry32: tiny and good enough for demo data; one seed, one story. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor((max - min + 1) * next());
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return {
    int,
    pick,
    between: (min: number, max: number): number => min + (max - min) * next(),
    chance: (probability: number): boolean => next() < probability,
    token: (length: number, alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'): string =>
      Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
    shuffle: <T>(items: readonly T[]): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
  };
}
type Random = ReturnType<typeof createRandom>;

// Rows as the tables spell them; one shape per table so a multi-row INSERT can be built from them.
interface ProjectRow {
  id: string;
  status: ProjectStatus;
  client_name: string;
  client_id: string | null;
  client_phone: string;
  client_email: string | null;
  client_address: string;
  contractor_id: string | null;
  expert_id: string | null;
  service_type: ServiceType;
  area_m2: number;
  created_at: Date;
  updated_at: Date;
}
interface PaymentRow {
  id: string;
  project_id: string;
  provider: PaymentProvider;
  provider_reference: string;
  payment_type: PaymentType;
  method: PaymentMethod;
  amount: number;
  currency: string;
  status: PaymentStatus;
  received_at: Date;
  created_at: Date;
}
interface EvidenceRow {
  id: string;
  project_id: string;
  file_url: string;
  category: EvidenceCategory;
  show_on_web: boolean;
  is_featured: boolean;
  uploaded_by: string;
  uploaded_at: Date;
}
interface MarginRuleRow {
  id: string;
  service_type: ServiceType;
  margin_percent: number;
  valid_from: Date;
  valid_to: Date | null;
  created_at: Date;
  updated_at: Date;
}
interface AuditRow {
  id: string;
  entity_type: AuditEntityType;
  entity_id: string;
  project_id: string | null;
  action: string;
  old_value: string | null;
  new_value: string | null;
  note: string | null;
  actor_type: ActorType;
  actor_id: string | null;
  source_ref: string | null;
  created_at: Date;
}
interface AuditActor {
  type: ActorType;
  id: string | null;
}
/** What a story step records; `old` / `new` are the changed fields, as the services write them. */
type AuditInput = Pick<AuditRow, 'entity_type' | 'entity_id' | 'project_id' | 'action' | 'note'> & { old?: object; new?: object };
type AddAudit = (at: number, actor: AuditActor, entry: AuditInput) => void;

export interface DemoRows {
  projects: ProjectRow[];
  payments: PaymentRow[];
  evidences: EvidenceRow[];
  marginRules: MarginRuleRow[];
  auditLogs: AuditRow[];
}

interface ClientIdentity {
  name: string;
  clientId: string | null;
  phone: string;
  email: string | null;
}

/** ASCII for e-mail addresses: "Živilė" -> "zivile". */
function asciiLower(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function admin(random: Random): AuditActor {
  // Laura does most of the office work; Mindaugas covers for her.
  return random.chance(0.75) ? { type: ActorType.ADMIN, id: DEMO_USERS.admin.id } : { type: ActorType.ADMIN, id: OTHER_STAFF[0]!.id };
}

/** Builds the whole demo set in memory; `now` anchors the dates, everything else comes from the seed. */
export function buildDemoRows(now: Date): DemoRows {
  const random = createRandom(DEMO_SEED);
  const rows: DemoRows = { projects: [], payments: [], evidences: [], marginRules: [], auditLogs: [] };
  const nowMs = now.getTime();
  const audit: AddAudit = (at, actor, entry) => {
    rows.auditLogs.push({
      id: '',
      entity_type: entry.entity_type,
      entity_id: entry.entity_id,
      project_id: entry.project_id,
      action: entry.action,
      old_value: entry.old ? JSON.stringify(entry.old) : null,
      new_value: entry.new ? JSON.stringify(entry.new) : null,
      note: entry.note,
      actor_type: actor.type,
      actor_id: actor.id,
      // Systems name the provider event that caused the change (actor.ts, systemActor).
      source_ref: actor.type.startsWith('SYSTEM_') ? actor.id : null,
      created_at: new Date(Math.round(at / 1000) * 1000),
    });
  };

  addMarginRules(rows, random, nowMs, audit);

  const reserved = new Set(ALL_DEMO_USERS.map((user) => user.name));
  const namePool = random
    .shuffle([
      ...MALE_FIRST.flatMap((first) => SURNAMES.map(([surname]) => `${first} ${surname}`)),
      ...FEMALE_FIRST.flatMap((first) => SURNAMES.map(([, surname]) => `${first} ${surname}`)),
    ])
    .filter((name) => !reserved.has(name));
  const walkInClient = (): ClientIdentity => {
    const name = namePool.pop()!;
    const [first, last] = name.split(' ') as [string, string];
    // Some clients call and never give an e-mail address.
    const email = random.chance(0.85) ? `${asciiLower(first)}.${asciiLower(last)}@${random.pick(MAIL_DOMAINS)}` : null;
    return { name, clientId: null, phone: `+3706${String(random.int(0, 9_999_999)).padStart(7, '0')}`, email };
  };

  let number = 0;
  PROJECTS_PER_STAGE.forEach((count, stage) => {
    for (let nth = 0; nth < count; nth++) {
      number += 1;
      const account = CLIENT_PROJECTS.find(([, s, n]) => s === stage && n === nth)?.[0];
      const client: ClientIdentity = account ? { name: account.name, clientId: account.id, phone: account.phone, email: account.email } : walkInClient();
      addProject(rows, random, { number, stage, nth, client, nowMs, audit });
    }
  });

  // Insertion order is the audit log's `seq`; sorting first makes seq follow the story.
  rows.auditLogs.sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
  rows.auditLogs.forEach((row, i) => (row.id = md5Uuid(`demo-audit-${i + 1}`)));
  return rows;
}

function addMarginRules(rows: DemoRows, random: Random, nowMs: number, audit: AddAudit): void {
  const today = Math.floor(nowMs / DAY_MS) * DAY_MS;
  const snapshot = (rule: MarginRuleRow) =>
    marginRuleSnapshot({ serviceType: rule.service_type, marginPercent: rule.margin_percent, validFrom: rule.valid_from, validTo: rule.valid_to });
  for (const [i, rule] of MARGIN_RULES.entries()) {
    const validFrom = new Date(today - rule.fromDaysAgo * DAY_MS);
    // Rules are entered a few days before they apply.
    const savedAt = validFrom.getTime() - random.between(1, 4) * DAY_MS;
    const row: MarginRuleRow = {
      id: md5Uuid(`demo-margin-rule-${i + 1}`),
      service_type: rule.serviceType,
      margin_percent: rule.marginPercent,
      valid_from: validFrom,
      valid_to: null,
      created_at: new Date(savedAt),
      updated_at: new Date(savedAt),
    };
    audit(savedAt, admin(random), { entity_type: 'margin_rule', entity_id: row.id, project_id: null, action: 'MARGIN_RULE_SAVED', note: null, new: snapshot(row) });
    if (rule.toDaysAgo !== null) {
      // It was open-ended until its successor came; closing it is a second save, made before the
      // successor is entered (at most 4 days ahead), or the overlap constraint would refuse the successor.
      const before = snapshot(row);
      row.valid_to = new Date(today - rule.toDaysAgo * DAY_MS);
      const closedAt = row.valid_to.getTime() - 5 * DAY_MS;
      row.updated_at = new Date(closedAt);
      audit(closedAt, admin(random), { entity_type: 'margin_rule', entity_id: row.id, project_id: null, action: 'MARGIN_RULE_SAVED', note: null, old: before, new: snapshot(row) });
    }
    rows.marginRules.push(row);
  }
}

interface ProjectPlan {
  number: number;
  stage: number;
  nth: number;
  client: ClientIdentity;
  nowMs: number;
  audit: AddAudit;
}

/** One project and everything its status implies, dated along its story. */
function addProject(rows: DemoRows, random: Random, plan: ProjectPlan): void {
  const { number, stage, nth, client, nowMs, audit } = plan;
  const id = md5Uuid(`demo-project-${number}`);
  const serviceType = random.pick(DEMO_SERVICE_TYPES);
  const service = SERVICES[serviceType];
  const areaM2 = Math.round(random.between(...service.areaM2) * 10) / 10;
  const priceCents = Math.round((areaM2 * random.int(...service.centsPerM2)) / 100) * 100;
  const depositCents = Math.round((priceCents * DEPOSIT_SHARE) / 100) * 100;
  const place = PLACES[random.pick(PLACE_WEIGHTS)]!;
  const address = `${random.pick(place.streets)} ${random.int(1, 140)}, LT-${String(random.int(...place.postcodes)).padStart(5, '0')} ${place.city}`;
  // Certified projects: about half have paid the rest and wait for the client's confirmation.
  const hasFinal = stage === ACTIVE || (stage === CERTIFIED && (nth === 0 || random.chance(0.4)));

  // Days each step took, then how long the project has been in its current status.
  const stepDays = [random.between(0.05, 3), random.between(0.5, 4), random.between(3, 12), random.between(1, 4)].slice(0, stage);
  if (hasFinal) stepDays.push(random.between(0.2, 3));
  if (stage === ACTIVE) stepDays.push(random.between(0.01, 0.8));
  const dwellDays = stage === ACTIVE ? random.between(0.5, 45) : random.between(0.2, [10, 4, 6, 4, 5][stage]!);
  const totalDays = stepDays.reduce((sum, days) => sum + days, dwellDays);
  const scale = Math.min(1, 58 / totalDays);
  const times = [nowMs - totalDays * scale * DAY_MS];
  for (const days of stepDays) times.push(times[times.length - 1]! + days * scale * DAY_MS);
  const [createdAt, paidAt, scheduledAt, pendingAt, certifiedAt, finalAt, activeAt] = times as [number, number?, number?, number?, number?, number?, number?];
  const lastStatusAt = activeAt ?? times[stage]!;

  // The first project of each working status goes to the fixed demo users, so their tokens show every status.
  const contractor = stage >= SCHEDULED ? (nth === 0 ? DEMO_USERS.contractor : random.pick([DEMO_USERS.contractor, ...demoUsersWithRole(Role.CONTRACTOR)])) : null;
  const expert = stage >= SCHEDULED ? (nth === 0 || stage === PENDING_EXPERT ? DEMO_USERS.expert : random.pick(demoUsersWithRole(Role.EXPERT))) : null;

  const project: ProjectRow = {
    id,
    status: STAGES[stage]!,
    client_name: client.name,
    client_id: client.clientId,
    client_phone: client.phone,
    client_email: client.email,
    client_address: address,
    contractor_id: contractor?.id ?? null,
    expert_id: expert?.id ?? null,
    service_type: serviceType,
    area_m2: areaM2,
    created_at: new Date(createdAt),
    updated_at: new Date(lastStatusAt),
  };
  rows.projects.push(project);

  const projectEntry = { entity_type: 'project' as const, entity_id: id, project_id: id };
  audit(createdAt, admin(random), {
    ...projectEntry,
    action: 'PROJECT_CREATED',
    note: null,
    // Created unassigned: the contractor and expert come with scheduling.
    new: projectCreatedSnapshot({
      status: ProjectStatus.DRAFT,
      clientInfo: { name: client.name, clientId: client.clientId, phone: client.phone, email: client.email, address },
      serviceType,
      areaM2,
      contractorId: null,
      expertId: null,
    }),
  });
  const statusChanged = (at: number, actor: AuditActor, from: number, note: string | null = null) =>
    audit(at, actor, { ...projectEntry, action: 'STATUS_CHANGED', note, old: { status: STAGES[from] }, new: { status: STAGES[from + 1] } });

  const addPayment = (type: PaymentType, at: number, amount: number): AuditActor => {
    const stripe = random.chance(0.6);
    const eventId = `evt_demo_${random.token(24)}`;
    const payment: PaymentRow = {
      id: md5Uuid(`demo-payment-${number}-${type}`),
      project_id: id,
      provider: stripe ? PaymentProvider.STRIPE : PaymentProvider.MANUAL,
      // Stripe: the payment intent; quick payments: their idempotency key.
      provider_reference: stripe ? `pi_demo_${random.token(24)}` : `quick_demo_${random.token(16)}`,
      payment_type: type,
      method: stripe ? PaymentMethod.CARD : random.pick([PaymentMethod.CASH, PaymentMethod.BANK_TRANSFER]),
      amount,
      currency: 'eur',
      status: PaymentStatus.SUCCEEDED,
      received_at: new Date(at),
      created_at: new Date(at + 2000),
    };
    rows.payments.push(payment);
    const actor = stripe ? { type: ActorType.SYSTEM_STRIPE, id: eventId } : admin(random);
    audit(at + 2000, actor, {
      entity_type: 'payment',
      entity_id: payment.id,
      project_id: id,
      action: 'PAYMENT_RECORDED',
      note: null,
      new: paymentSnapshot({
        amount,
        currency: payment.currency,
        paymentType: type,
        provider: payment.provider,
        providerReference: payment.provider_reference,
        status: payment.status,
        receivedAt: payment.received_at,
      }),
    });
    return actor;
  };

  let photo = 0;
  const addEvidence = (category: EvidenceCategory, at: number, by: DemoUser, label: string, web = { show: false, featured: false }) => {
    photo += 1;
    const evidence: EvidenceRow = {
      id: md5Uuid(`demo-evidence-${number}-${photo}`),
      project_id: id,
      file_url: `https://placehold.co/800x600?text=${encodeURIComponent(`${label} - project ${number}`)}`,
      category,
      show_on_web: web.show,
      is_featured: web.featured,
      uploaded_by: by.id,
      uploaded_at: new Date(at),
    };
    rows.evidences.push(evidence);
    audit(
      at,
      { type: by.role === Role.EXPERT ? ActorType.EXPERT : ActorType.CONTRACTOR, id: by.id },
      {
        entity_type: 'evidence',
        entity_id: evidence.id,
        project_id: id,
        action: 'EVIDENCE_ADDED',
        note: null,
        new: evidenceSnapshot({ category, fileUrl: evidence.file_url, showOnWeb: evidence.show_on_web, isFeatured: evidence.is_featured }),
      },
    );
  };

  if (paidAt !== undefined) {
    // A deposit moves the project: PAYMENT_RECORDED and STATUS_CHANGED by the same actor.
    const payer = addPayment(PaymentType.DEPOSIT, paidAt, depositCents);
    statusChanged(paidAt + 3000, payer, DRAFT);
  }
  if (scheduledAt !== undefined && contractor && expert) {
    statusChanged(scheduledAt, admin(random), PAID, `Rangovas: ${contractor.name}; ekspertas: ${expert.name}`);
  }
  if (contractor && scheduledAt !== undefined) {
    const workEnd = pendingAt ?? nowMs;
    const during = (share: number) => scheduledAt + (workEnd - scheduledAt) * share;
    const onWeb = { show: stage === ACTIVE, featured: false };
    // Scheduled projects: the crew photographs the site when it first comes, about half have.
    if (stage > SCHEDULED || random.chance(0.5)) addEvidence(EvidenceCategory.SITE_BEFORE, during(random.between(0.05, 0.2)), contractor, 'Before', onWeb);
    if (pendingAt !== undefined) {
      const inProgress = random.int(1, 2);
      for (let i = 0; i < inProgress; i++) addEvidence(EvidenceCategory.WORK_IN_PROGRESS, during(0.35 + 0.25 * i + random.between(0, 0.1)), contractor, 'In progress');
      addEvidence(EvidenceCategory.SITE_AFTER, during(random.between(0.9, 0.98)), contractor, 'After', { show: stage === ACTIVE, featured: stage === ACTIVE && nth < 3 });
      statusChanged(pendingAt, random.chance(0.8) ? { type: ActorType.CONTRACTOR, id: contractor.id } : admin(random), SCHEDULED);
    }
  }
  if (expert && pendingAt !== undefined) {
    // Certified projects passed the guard; two pending ones are ready to certify and one is still short of photos.
    const certificationPhotos = stage >= CERTIFIED ? random.int(3, 4) : stage === PENDING_EXPERT ? ([3, 3, 1][nth] ?? 0) : 0;
    const inspectionEnd = certifiedAt ?? nowMs;
    for (let i = 0; i < certificationPhotos; i++) {
      const at = pendingAt + (inspectionEnd - pendingAt) * (0.3 + (0.6 * i) / certificationPhotos);
      addEvidence(EvidenceCategory.EXPERT_CERTIFICATION, at, expert, `Certification ${i + 1}`);
    }
    if (certifiedAt !== undefined) statusChanged(certifiedAt, random.chance(0.85) ? { type: ActorType.EXPERT, id: expert.id } : admin(random), PENDING_EXPERT);
  }
  if (finalAt !== undefined) addPayment(PaymentType.FINAL, finalAt, priceCents - depositCents);
  if (activeAt !== undefined) {
    // The client answered the SMS `TAIP <TOKEN>`; Twilio's message id is the actor.
    statusChanged(activeAt, { type: ActorType.SYSTEM_TWILIO, id: `SM${random.token(32, '0123456789abcdef')}` }, CERTIFIED);
  }
}
