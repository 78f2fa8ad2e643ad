/**
 * `pnpm bench`: performance figures and ratios on this machine, against a fresh embedded
 * PostgreSQL and the real server. It prints; it does not pass or fail (timing assertions
 * flake on noisy machines). Targets it makes visible:
 * - financeMetrics costs the same with 1,000 or 100,000 payments (daily roll-up), unlike a SUM over payments;
 * - a page of 50 projects with nested lists stays fast on 10,000 projects;
 * - signed Stripe deliveries per second, end to end (signature, store, process, ledger, audit);
 * - a flood of bad requests: each answered its 4xx, and the server's memory back near idle after it.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import Stripe from 'stripe';
import { signAccessToken } from '../../packages/api/src/core/auth/jwt';
import { Role } from '../../packages/api/src/core/auth/role';
import { startServer } from '../../packages/api/src/app/server';
import { seedBulkProjects } from '../../packages/api/src/seed/bulk-data';
import { benchColdStart } from './cold-start';
import { benchFanout } from './fanout';
import { benchFlood } from './flood';
import { benchIngest } from './ingest';
import { benchReadPath } from './read-path';
import { startBenchDatabase } from './bench-database';

const stripe = new Stripe('sk_bench_signing_only');

async function median(times: number, work: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

async function main(): Promise<void> {
  const webhookSecret = `whsec_${randomBytes(16).toString('hex')}`;
  const db = await startBenchDatabase('main', { STRIPE_WEBHOOK_SECRET: webhookSecret }, 10);
  const { config, logger, dataSource } = db;
  try {
    const server = await startServer({ config, logger, dataSource });
    const token = await signAccessToken({ sub: randomBytes(8).toString('hex'), role: Role.ADMIN }, { secret: config.jwt.secret! });
    const graphql = (query: string, variables: Record<string, unknown> = {}) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json());

    console.log('VejaPRO benchmark (median of repeated runs; this machine, embedded PostgreSQL 15)\n');
    await seedBulkProjects(dataSource, 400, logger, config.businessTimezone);

    // Payments spread over 60 days, and the roll-up the live code path would have written for them.
    const addPayments = async (count: number) => {
      await dataSource.query(
        `INSERT INTO payments (project_id, provider, provider_reference, payment_type, amount, currency, status, received_at)
         SELECT p.id, CASE WHEN g % 3 = 0 THEN 'MANUAL' ELSE 'STRIPE' END, 'bench-' || g || '-' || $2, 'FINAL', 1000 + g % 5000, 'eur', 'SUCCEEDED',
                now() - ((g % 60) || ' days')::interval
           FROM generate_series(1, $1::int) g
           JOIN LATERAL (SELECT id FROM projects OFFSET (g % 10000) LIMIT 1) p ON true`,
        [count, randomBytes(4).toString('hex')],
      );
      await dataSource.query(`DELETE FROM finance_daily`);
      await dataSource.query(
        `INSERT INTO finance_daily (day, currency, gross_amount, manual_gross_amount, payment_count, last_movement_at)
         SELECT (received_at AT TIME ZONE $1)::date, currency, sum(amount), coalesce(sum(amount) FILTER (WHERE provider = 'MANUAL'), 0), count(*), max(received_at)
           FROM payments WHERE status <> 'FAILED' GROUP BY 1, 2`,
        [config.businessTimezone],
      );
      await dataSource.query('ANALYZE');
    };
    const metricsQuery = `{ financeMetrics(days: 30) { totalReceived paymentCount manualRatio dailyVolume { date amount count } } }`;
    const naiveSum = () => dataSource.query(`SELECT sum(amount), count(*) FROM payments WHERE status <> 'FAILED' AND received_at >= now() - interval '30 days'`);

    const countPayments = async () => Number((await dataSource.query(`SELECT count(*) AS n FROM payments`))[0].n);
    await addPayments(Math.max(1_000 - (await countPayments()), 0));
    const smallCount = await countPayments();
    await median(20, () => graphql(metricsQuery)); // warm-up: JIT, connection pool, plan cache
    const metricsSmall = await median(50, () => graphql(metricsQuery));
    const scanSmall = await median(50, naiveSum);
    await seedBulkProjects(dataSource, 10_000, logger, config.businessTimezone);
    await addPayments(Math.max(100_000 - (await countPayments()), 0));
    const largeCount = await countPayments();
    const metricsLarge = await median(50, () => graphql(metricsQuery));
    const scanLarge = await median(50, naiveSum);
    console.log(`financeMetrics(days: 30) over HTTP, ${smallCount.toLocaleString('en')} payments: ${fmt(metricsSmall)}`);
    console.log(`financeMetrics(days: 30) over HTTP, ${largeCount.toLocaleString('en')} payments: ${fmt(metricsLarge)}`);
    console.log(`  ratio large/small: ${(metricsLarge / metricsSmall).toFixed(2)}  (target: about 1; the roll-up makes it O(days))`);
    console.log(`SUM over payments instead (what the roll-up avoids): ${fmt(scanSmall)} -> ${fmt(scanLarge)}, ratio ${(scanLarge / scanSmall).toFixed(1)}`);

    const page = `query ($first: Int!) { projects(first: $first) { totalCount edges { node { id status allowedTransitions clientInfo { name } payments { id amount } evidences { id category } } } } }`;
    const page10 = await median(30, () => graphql(page, { first: 10 }));
    const page50 = await median(30, () => graphql(page, { first: 50 }));
    console.log(`\nProjectsPage on 10,000 projects: first 10 ${fmt(page10)}, first 50 ${fmt(page50)}, ratio ${(page50 / page10).toFixed(2)} (same 4 SQL statements)`);

    const deliveries = 200;
    const projectIds: string[] = (await dataSource.query(`SELECT id FROM projects WHERE status = 'DRAFT' LIMIT $1`, [deliveries])).map((r: { id: string }) => r.id);
    const start = performance.now();
    for (const [i, projectId] of projectIds.entries()) {
      const payload = JSON.stringify({
        id: `evt_bench_${i}_${randomBytes(4).toString('hex')}`,
        object: 'event',
        type: 'payment_intent.succeeded',
        created: Math.floor(Date.now() / 1000),
        data: {
          object: { id: `pi_bench_${i}_${randomBytes(4).toString('hex')}`, amount_received: 5_000, currency: 'eur', metadata: { project_id: projectId, payment_type: 'DEPOSIT' } },
        },
      });
      const response = await fetch(`${server.url}/api/v1/webhook/stripe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret }) },
        body: payload,
      });
      if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
    }
    const seconds = (performance.now() - start) / 1000;
    console.log(`\nSigned Stripe DEPOSIT deliveries, one after another: ${projectIds.length} in ${seconds.toFixed(2)} s = ${(projectIds.length / seconds).toFixed(0)} per second`);
    console.log('  (each: verify signature, store delivery, lock project, payment + ledger + roll-up + 2 audit entries + transition, commit, NOTIFY)');

    await server.close();
  } finally {
    await db.close();
  }
}

main()
  .then(() => benchColdStart())
  .then(() => benchReadPath())
  .then(() => benchFanout())
  .then(() => benchIngest())
  .then(() => benchFlood())
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
