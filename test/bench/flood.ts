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
 * Env: FLOOD_REQUESTS (2000 per wave), FLOOD_CONCURRENCY (16), FLOOD_WAVES (2: a second flood that
 * left RSS higher than the first would show memory kept per request).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { answerTo, badRequests, type BadRequest } from '../support/bad-requests';
import { rssMiB } from '../support/processes';
import { PRODUCTION_NODE_ARGS } from '../support/production-command';
import { rssSettle } from './rss-settle';
import { buildApiIfStale, startServerProcess } from './server-process';

const ROOT = path.resolve(__dirname, '../..');
const REQUESTS = Number(process.env.FLOOD_REQUESTS ?? 2_000);
const CONCURRENCY = Number(process.env.FLOOD_CONCURRENCY ?? 16);
/** How long RSS may take to come back within 20 % of idle before the bench stops waiting. */
const SETTLE_LIMIT_S = 90;
/** Floods in a row, each after the previous one settled (FLOOD_WAVES). */
const WAVES = Number(process.env.FLOOD_WAVES ?? 2);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mib = (bytes: number) => bytes / 1024 / 1024;

/** The server's heap in use, in MiB, as its /metrics reports it (read through the same HTTP stack). */
async function heapUsedMiB(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const value = /^nodejs_heap_size_used_bytes(?:\{[^}]*\})? (\S+)$/m.exec(text)?.[1];
  return value === undefined ? NaN : mib(Number(value));
}

interface Wave {
  seconds: number;
  answers: Record<string, Record<string, number>>;
  serverErrors: number;
  noAnswer: number;
  unexpected: number;
  rssMiB: { peak: number; rightAfter: number; settled: number };
  secondsToWithin20PercentOfIdle: number | null;
  heapUsedMiB: { rightAfter: number; settled: number };
}

/** One flood of REQUESTS mixed bad requests, CONCURRENCY at a time, then the wait for RSS to settle. */
async function floodOnce(url: string, pid: number, kinds: BadRequest[], idle: number): Promise<Wave> {
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
  const rightAfter = rssMiB(pid);
  peak = Math.max(peak, rightAfter);
  const heapAfter = await heapUsedMiB(url);

  const settled = await rssSettle(pid, idle, SETTLE_LIMIT_S);
  let serverErrors = 0;
  let noAnswer = 0;
  let unexpected = 0;
  for (const [request, seen] of answers) {
    for (const [answer, count] of seen) {
      if (answer.startsWith('5')) serverErrors += count;
      if (answer.startsWith('no answer')) noAnswer += count;
      if (answer !== request.answer) unexpected += count;
    }
  }
  return {
    seconds,
    answers: Object.fromEntries([...answers].map(([request, seen]) => [request.kind, Object.fromEntries(seen)])),
    serverErrors,
    noAnswer,
    unexpected,
    rssMiB: { peak, rightAfter, settled: settled.rssMiB },
    secondsToWithin20PercentOfIdle: settled.seconds,
    heapUsedMiB: { rightAfter: heapAfter, settled: await heapUsedMiB(url) },
  };
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

    // Waves: if a second flood left RSS higher than the first did, something would be kept per request.
    const waves: Wave[] = [];
    for (let n = 1; n <= WAVES; n++) {
      const wave = await floodOnce(server.url, pid, kinds, idle);
      waves.push(wave);
      console.log(`  wave ${n}: ${REQUESTS.toLocaleString('en')} requests in ${wave.seconds.toFixed(1)} s`);
      for (const [kind, seen] of Object.entries(wave.answers)) {
        const expected = kinds.find((request) => request.kind === kind)!.answer;
        const parts = Object.entries(seen).map(([answer, count]) => `${String(count).padStart(4)} × ${answer}${answer === expected ? '' : ` (expected ${expected})`}`);
        console.log(`    ${kind.padEnd(54)} ${parts.join(', ')}`);
      }
      console.log(`    5xx: ${wave.serverErrors}, no answer (reset): ${wave.noAnswer}, other than expected: ${wave.unexpected}`);
      console.log(`    RSS: idle ${idle.toFixed(0)} MiB, peak during ${wave.rssMiB.peak.toFixed(0)} MiB, right after ${wave.rssMiB.rightAfter.toFixed(0)} MiB`);
      console.log(
        wave.secondsToWithin20PercentOfIdle === null
          ? `    RSS within 20 % of idle: not within ${SETTLE_LIMIT_S} s (${wave.rssMiB.settled.toFixed(0)} MiB then)`
          : `    RSS within 20 % of idle: after ${wave.secondsToWithin20PercentOfIdle.toFixed(0)} s (${wave.rssMiB.settled.toFixed(0)} MiB)`,
      );
      console.log(
        `    heap used (/metrics): ${heapBefore.toFixed(0)} MiB before the first wave, ${wave.heapUsedMiB.rightAfter.toFixed(0)} MiB right after, ${wave.heapUsedMiB.settled.toFixed(0)} MiB when RSS settled or the wait ended`,
      );
    }

    const resultsFile = path.join(ROOT, 'bench/results.json');
    await mkdir(path.dirname(resultsFile), { recursive: true });
    const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>) : {};
    const flood = { requestsPerWave: REQUESTS, concurrency: CONCURRENCY, idleRssMiB: idle, heapUsedBeforeMiB: heapBefore, waves };
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
