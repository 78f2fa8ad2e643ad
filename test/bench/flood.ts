/**
 * `pnpm bench:flood` (also part of `pnpm bench`): a flood of bad requests of every kind in
 * test/support/bad-requests.ts (malformed JSON, 2 MB bodies, forged webhook deliveries, deep and
 * wide queries, a 5 MB query string), mixed, against the compiled server on a fresh DATA_DIR. It
 * prints the answers per kind (no 5xx and no reset expected), the server's RSS idle, at its peak
 * during the flood and right after, how long RSS takes to come back within 20 % of idle (V8 returns
 * memory when its memory reducer runs, tens of seconds after the load), and the heap in use before
 * and after (prom-client's nodejs_heap_size_used_bytes from /metrics, open in development without
 * METRICS_TOKEN). Adds `flood` to bench/results.json. It never fails on numbers.
 *
 * Env: FLOOD_REQUESTS (2000), FLOOD_CONCURRENCY (16).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { answerTo, badRequests } from '../support/bad-requests';
import { rssMiB } from '../support/processes';
import { PRODUCTION_NODE_ARGS } from '../support/production-command';
import { buildApiIfStale, startServerProcess } from './server-process';

const ROOT = path.resolve(__dirname, '../..');
const REQUESTS = Number(process.env.FLOOD_REQUESTS ?? 2_000);
const CONCURRENCY = Number(process.env.FLOOD_CONCURRENCY ?? 16);
/** How long RSS may take to come back within 20 % of idle before the bench stops waiting. */
const SETTLE_LIMIT_S = 120;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mib = (bytes: number) => bytes / 1024 / 1024;

/** The server's heap in use, in MiB, as its /metrics reports it (read through the same HTTP stack). */
async function heapUsedMiB(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const value = /^nodejs_heap_size_used_bytes(?:\{[^}]*\})? (\S+)$/m.exec(text)?.[1];
  return value === undefined ? NaN : mib(Number(value));
}

/** Runs the flood bench; `pnpm bench` calls it after its other parts. */
export async function benchFlood(): Promise<void> {
  buildApiIfStale();
  const secret = () => randomBytes(24).toString('hex');
  // The providers' secrets make forged deliveries a refusal (without them Stripe's answer is 503, "not configured").
  const server = await startServerProcess(PRODUCTION_NODE_ARGS, {
    STRIPE_WEBHOOK_SECRET: `whsec_${secret()}`,
    TWILIO_AUTH_TOKEN: secret(),
    CHAT_WEBHOOK_SECRET: secret(),
    METRICS_TOKEN: '',
  });
  const pid = server.child.pid!;
  try {
    const kinds = badRequests(server.url);
    console.log(
      `\nFlood: ${REQUESTS.toLocaleString('en')} bad requests of ${kinds.length} kinds, ${CONCURRENCY} at a time, ` +
        `against node packages/api/dist/main.js on a fresh DATA_DIR (ready in ${(server.startMs / 1000).toFixed(1)} s)`,
    );
    await sleep(3_000);
    const idle = rssMiB(pid);
    const heapBefore = await heapUsedMiB(server.url);

    const answers = new Map(kinds.map((request) => [request, new Map<string, number>()]));
    let peak = idle;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 100);
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) {
          const request = kinds[next++ % kinds.length]!;
          const answer = await answerTo(request);
          const seen = answers.get(request)!;
          seen.set(answer, (seen.get(answer) ?? 0) + 1);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const after = rssMiB(pid);
    peak = Math.max(peak, after);
    const heapAfter = await heapUsedMiB(server.url);

    // Every second until RSS is within 20 % of idle, or the limit.
    const settleStarted = performance.now();
    let settledAfterS: number | null = null;
    let settled = after;
    while (performance.now() - settleStarted < SETTLE_LIMIT_S * 1000) {
      settled = rssMiB(pid);
      if (settled <= idle * 1.2) {
        settledAfterS = (performance.now() - settleStarted) / 1000;
        break;
      }
      await sleep(1_000);
    }
    const heapSettled = await heapUsedMiB(server.url);

    let serverErrors = 0;
    let noAnswer = 0;
    let unexpected = 0;
    console.log(`  ${REQUESTS.toLocaleString('en')} requests in ${seconds.toFixed(1)} s`);
    for (const [request, seen] of answers) {
      const parts = [...seen].map(([answer, count]) => {
        if (answer.startsWith('5')) serverErrors += count;
        if (answer.startsWith('no answer')) noAnswer += count;
        if (answer !== request.answer) unexpected += count;
        return `${String(count).padStart(4)} × ${answer}${answer === request.answer ? '' : ` (expected ${request.answer})`}`;
      });
      console.log(`  ${request.kind.padEnd(54)} ${parts.join(', ')}`);
    }
    console.log(`  5xx: ${serverErrors}, no answer (reset): ${noAnswer}, other than expected: ${unexpected}`);
    console.log(`  RSS: idle ${idle.toFixed(0)} MiB, peak during ${peak.toFixed(0)} MiB, right after ${after.toFixed(0)} MiB`);
    console.log(
      settledAfterS === null
        ? `  RSS within 20 % of idle: not within ${SETTLE_LIMIT_S} s (${settled.toFixed(0)} MiB then)`
        : `  RSS within 20 % of idle: after ${settledAfterS.toFixed(0)} s (${settled.toFixed(0)} MiB)`,
    );
    console.log(
      `  heap used (/metrics): ${heapBefore.toFixed(0)} MiB before, ${heapAfter.toFixed(0)} MiB right after, ${heapSettled.toFixed(0)} MiB when RSS settled or the wait ended`,
    );

    const resultsFile = path.join(ROOT, 'bench/results.json');
    await mkdir(path.dirname(resultsFile), { recursive: true });
    const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>) : {};
    const flood = {
      requests: REQUESTS,
      concurrency: CONCURRENCY,
      seconds,
      answers: Object.fromEntries([...answers].map(([request, seen]) => [request.kind, { expected: request.answer, seen: Object.fromEntries(seen) }])),
      serverErrors,
      noAnswer,
      unexpected,
      rssMiB: { idle, peak, rightAfter: after, settled },
      secondsToWithin20PercentOfIdle: settledAfterS,
      heapUsedMiB: { before: heapBefore, rightAfter: heapAfter, settled: heapSettled },
    };
    await writeFile(resultsFile, `${JSON.stringify({ ...previous, flood }, null, 2)}\n`);
    console.log(`  written to ${path.relative(ROOT, resultsFile)}`);
  } finally {
    await server.stop();
  }
}

if (require.main === module) {
  benchFlood().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
