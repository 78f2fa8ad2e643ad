/**
 * `pnpm bench:ingest` (also part of `pnpm bench`): signed Stripe DEPOSIT deliveries through the
 * real server, over N concurrent connections, side by side with the same rows written by a plain
 * pg client (12 statements per event: store and commit the delivery, then one transaction that
 * locks it and the project and writes payment, ledger lines, daily roll-up, status, two audit
 * entries and the delivery's status). Same database, alternating rounds, medians; it prints
 * events/s, p99 and the ratio, and adds `ingest` to bench/results.json. It never fails on speed.
 *
 * Flags (or env): --events N per round and target (BENCH_INGEST_EVENTS, 400), --rounds N
 * (BENCH_ROUNDS, 3), --connections N (BENCH_INGEST_CONNECTIONS, 16); BENCH_CPU_PROF=DIR profiles the server.
 * The server runs as production does (compiled, its node flags, NODE_ENV=production) in a child
 * process; the signing and HTTP client stay in this one.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import Stripe from 'stripe';
import { startBenchDatabase } from './bench-database';
import { cpuMs } from '../support/processes';
import { startProductionApi } from './server-process';

const ROOT = path.resolve(__dirname, '../..');
const stripe = new Stripe('sk_bench_signing_only');

interface Round {
  events: number;
  /** Events not answered `processed` (a 503 past the deadline on an overloaded machine, say): not counted in events/s. */
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** CPU per processed event of the process doing the work: the API server, or this one for the pg client. */
  cpuMsPerEvent: number;
}

function depositEvent(projectId: string) {
  return {
    id: `evt_bench_${randomBytes(8).toString('hex')}`,
    object: 'event',
    type: 'payment_intent.succeeded',
    created: Math.floor(Date.now() / 1000),
    data: {
      object: { id: `pi_bench_${randomBytes(8).toString('hex')}`, amount_received: 5_000, currency: 'eur', metadata: { project_id: projectId, payment_type: 'DEPOSIT' } },
    },
  };
}

/** Runs `one` for every project over `connections` concurrent workers; latencies per event. */
async function drive(projectIds: string[], connections: number, one: (projectId: string) => Promise<void>, cpu: () => number): Promise<Round> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const cpuBefore = cpu();
  const start = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < projectIds.length) {
        const projectId = projectIds[next++]!;
        const t0 = performance.now();
        try {
          await one(projectId);
          latencies.push(performance.now() - t0);
        } catch (error) {
          if (errors++ === 0) console.warn(`  first error: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  const cpuMsPerEvent = (cpu() - cpuBefore) / Math.max(latencies.length, 1);
  return { events: latencies.length, errors, seconds, perSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99), cpuMsPerEvent };
}

/** The reference: the rows the API writes for one DEPOSIT, by a plain pg client. */
async function rawDeposit(pool: pg.Pool, projectId: string, timezone: string): Promise<void> {
  const event = depositEvent(projectId);
  const body = JSON.stringify(event);
  const stored = await pool.query<{ id: string }>(
    `INSERT INTO webhook_deliveries (provider, event_id, event_type, payload, raw_body, signature_valid, status)
     VALUES ('STRIPE', $1, $2, $3, $4, true, 'RECEIVED')
     ON CONFLICT (provider, event_id) WHERE event_id IS NOT NULL DO UPDATE SET attempts = webhook_deliveries.attempts + 1, updated_at = now()
     RETURNING id`,
    [event.id, event.type, body, body],
  );
  const deliveryId = stored.rows[0]!.id;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT * FROM webhook_deliveries WHERE id = $1 FOR UPDATE`, [deliveryId]);
    await client.query(`SELECT * FROM projects WHERE id = $1 FOR UPDATE`, [projectId]);
    const intent = event.data.object;
    const receivedAt = new Date(event.created * 1000);
    const payment = await client.query<{ id: string }>(
      `INSERT INTO payments (project_id, provider, provider_reference, payment_type, method, amount, currency, status, received_at)
       VALUES ($1, 'STRIPE', $2, 'DEPOSIT', 'CARD', $3, 'eur', 'SUCCEEDED', $4) ON CONFLICT DO NOTHING RETURNING id`,
      [projectId, intent.id, intent.amount_received, receivedAt],
    );
    const paymentId = payment.rows[0]!.id;
    await client.query(
      `INSERT INTO ledger_entries (transaction_id, account, amount, currency, movement, payment_id)
       VALUES ($1, 'CASH', $2, 'eur', 'PAYMENT', $3), ($1, 'REVENUE', -$2::bigint, 'eur', 'PAYMENT', $3)`,
      [randomUUID(), intent.amount_received, paymentId],
    );
    await client.query(
      `INSERT INTO finance_daily AS f (day, currency, gross_amount, manual_gross_amount, payment_count, last_movement_at)
       VALUES (($1::timestamptz AT TIME ZONE $2)::date, 'eur', $3, 0, 1, now())
       ON CONFLICT (day, currency) DO UPDATE SET gross_amount = f.gross_amount + EXCLUDED.gross_amount, payment_count = f.payment_count + 1,
         last_movement_at = greatest(f.last_movement_at, EXCLUDED.last_movement_at)`,
      [receivedAt, timezone, intent.amount_received],
    );
    await client.query(`UPDATE projects SET status = 'PAID', updated_at = now() WHERE id = $1`, [projectId]);
    const audit = `INSERT INTO audit_logs (entity_type, entity_id, project_id, action, old_value, new_value, actor_type, actor_id) VALUES ($1, $2, $3, $4, $5, $6, 'SYSTEM_STRIPE', $7)`;
    await client.query(audit, ['payment', paymentId, projectId, 'PAYMENT_RECORDED', null, JSON.stringify({ amount: intent.amount_received }), event.id]);
    await client.query(audit, ['project', projectId, projectId, 'STATUS_CHANGED', JSON.stringify({ status: 'DRAFT' }), JSON.stringify({ status: 'PAID' }), event.id]);
    await client.query(`UPDATE webhook_deliveries SET status = 'PROCESSED', outcome = 'DEPOSIT recorded', processed_at = now() WHERE id = $1`, [deliveryId]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchIngest(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { events: { type: 'string' }, rounds: { type: 'string' }, connections: { type: 'string' } },
    strict: false,
  });
  const events = Number(values.events ?? process.env.BENCH_INGEST_EVENTS ?? 400);
  const rounds = Number(values.rounds ?? process.env.BENCH_ROUNDS ?? 3);
  const connections = Number(values.connections ?? process.env.BENCH_INGEST_CONNECTIONS ?? 16);

  const webhookSecret = `whsec_${randomBytes(16).toString('hex')}`;
  const db = await startBenchDatabase('ingest', { STRIPE_WEBHOOK_SECRET: webhookSecret }, connections);
  const { config, dataSource } = db;
  const pool = new pg.Pool({ connectionString: db.url, max: connections });
  // Idle clients see the database stop at the end; that is not a failure of the run.
  pool.on('error', () => undefined);
  try {
    // The server as production runs it, in its own process: the load (signing, HTTP client) stays here.
    const server = await startProductionApi(db.url, { STRIPE_WEBHOOK_SECRET: webhookSecret, DB_POOL_SIZE: String(connections) });
    const draftProjects = async (count: number): Promise<string[]> =>
      (await dataSource.query(`INSERT INTO projects (status, client_name) SELECT 'DRAFT', 'Bench client ' || g FROM generate_series(1, $1::int) g RETURNING id`, [count])).map(
        (row: { id: string }) => row.id,
      );
    const api = async (projectId: string) => {
      const payload = JSON.stringify(depositEvent(projectId));
      const response = await fetch(`${server.url}/api/v1/webhook/stripe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret }) },
        body: payload,
      });
      const answer = (await response.json()) as { status?: string };
      if (response.status !== 200 || answer.status !== 'processed') throw new Error(`webhook answered ${response.status} ${JSON.stringify(answer)}`);
    };
    const raw = (projectId: string) => rawDeposit(pool, projectId, config.businessTimezone);

    // Warm-up of both paths (JIT, pools, plan caches), not measured.
    const serverCpu = () => cpuMs(server.child.pid!);
    const ownCpu = () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };
    await drive(await draftProjects(100), connections, api, serverCpu);
    await drive(await draftProjects(100), connections, raw, ownCpu);
    const results: { api: Round[]; raw: Round[] } = { api: [], raw: [] };
    for (let round = 0; round < rounds; round++) {
      results.api.push(await drive(await draftProjects(events), connections, api, serverCpu));
      results.raw.push(await drive(await draftProjects(events), connections, raw, ownCpu));
    }
    await server.stop();

    const summary = (list: Round[]) => ({
      errors: list.reduce((sum, r) => sum + r.errors, 0),
      perSecond: median(list.map((r) => r.perSecond)),
      p50: median(list.map((r) => r.p50)),
      p99: median(list.map((r) => r.p99)),
      cpuMsPerEvent: median(list.map((r) => r.cpuMsPerEvent)),
    });
    const apiSummary = summary(results.api);
    const rawSummary = summary(results.raw);
    console.log(`\nWebhook ingest: signed Stripe DEPOSIT deliveries, ${connections} connections, ${events} per round, ${rounds} alternating rounds (medians)`);
    console.log(`  ${'target'.padEnd(42)} ${'events/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)}  CPU ms/event`);
    for (const [name, s] of [
      ['this API (HTTP + signature, 10 statements)', apiSummary],
      ['pg client, same rows (12 statements)', rawSummary],
    ] as const) {
      console.log(
        `  ${name.padEnd(42)} ${s.perSecond.toFixed(0).padStart(8)} ${s.p50.toFixed(0).padStart(7)} ${s.p99.toFixed(0).padStart(7)} ${String(s.errors).padStart(7)}  ${s.cpuMsPerEvent.toFixed(1).padStart(12)}`,
      );
    }
    const ratio = apiSummary.perSecond / rawSummary.perSecond;
    console.log(`  ratio events/s: ${ratio.toFixed(2)}×  (targets: >= 0.6× the pg client, p99 < 150 ms; issue 12)`);

    const resultsFile = path.join(ROOT, 'bench/results.json');
    await mkdir(path.dirname(resultsFile), { recursive: true });
    const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>) : {};
    const ingest = { connections, eventsPerRound: events, rounds, api: { ...apiSummary, rounds: results.api }, raw: { ...rawSummary, rounds: results.raw }, ratio };
    await writeFile(resultsFile, `${JSON.stringify({ ...previous, ingest }, null, 2)}\n`);
  } finally {
    await pool.end();
    await db.close();
  }
}

if (require.main === module) {
  benchIngest().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
