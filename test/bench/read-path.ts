/**
 * `pnpm bench:read` (also the last part of `pnpm bench`): the partner read path, ProjectsPage
 * (first 50, payments, evidences, allowedTransitions), side by side with references on the SAME
 * database in the same run: PostGraphile v5 (packages/bench) and a node:http + pg floor (one
 * json_agg SQL). Every server is a child process; the load comes from this process over
 * keep-alive connections, in alternating rounds so drift on a shared machine hits every target
 * alike. It prints req/s, p99 and ratios, and writes bench/results.json. It never fails on speed.
 *
 * Flags (or env): --projects N (BENCH_PROJECTS, 10000), --duration S per round (BENCH_DURATION, 8),
 * --rounds N (BENCH_ROUNDS, 3), --connections N (BENCH_CONNECTIONS, 32), --no-development, --no-production,
 * --no-postgraphile, --cpu-prof DIR (this API's servers write V8 CPU profiles there when they stop:
 * open them in Chrome DevTools or speedscope).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { signAccessToken } from '../../packages/api/src/core/auth/jwt';
import { Role } from '../../packages/api/src/core/auth/role';
import { createAppDataSource } from '../../packages/api/src/app/data-source';
import { startEmbeddedPostgres } from '../../packages/api/src/core/db/embedded-postgres';
import { createLogger } from '../../packages/api/src/core/logging/logger';
import { loadConfig } from '../../packages/api/src/core/config/config';
import { seedBulkProjects } from '../../packages/api/src/seed/bulk-data';
import { cpuMs, freePort, rssMiB } from '../support/processes';
import { PRODUCTION_NODE_ARGS } from '../support/production-command';
import { throwawayProductionSettings } from './server-process';

const ROOT = path.resolve(__dirname, '../..');
const PAGE_SIZE = 50;

/** The contract's ProjectsPage (shared/contract/operations.graphql), as a partner sends it. */
const API_QUERY = `query ProjectsPage($first: Int!, $after: String, $filter: ProjectFilter) {
  projects(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id status clientInfo { name clientId phone email address } createdAt updatedAt allowedTransitions
      payments { id amount currency paymentType provider status receivedAt }
      evidences { id category fileUrl showOnWeb isFeatured uploadedAt }
    } }
  }
}`;

/** The same data through PostGraphile's generated schema (no allowedTransitions: it has no such rule). */
const POSTGRAPHILE_QUERY = `query ProjectsPage($first: Int!) {
  allProjects(first: $first, orderBy: [CREATED_AT_DESC, PRIMARY_KEY_DESC]) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id status clientName clientId clientPhone clientEmail clientAddress createdAt updatedAt
      paymentsByProjectId(orderBy: RECEIVED_AT_DESC) { nodes { id amount currency paymentType provider status receivedAt } }
      evidencesByProjectId(orderBy: UPLOADED_AT_DESC) { nodes { id category fileUrl showOnWeb isFeatured uploadedAt } }
    } }
  }
}`;

interface Target {
  name: string;
  kind: 'api' | 'postgraphile' | 'floor';
  port: number;
  path: string;
  body: Buffer;
  headers: Record<string, string>;
  child: ChildProcess;
  /** Page edges in a sample answer, to check every server answers the same page. */
  edges: (json: unknown) => unknown[] | undefined;
}

interface Round {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  /** The server process's CPU time per answered request: steadier than req/s on a shared machine. */
  cpuMsPerRequest: number;
}

function options() {
  const { values } = parseArgs({
    options: {
      projects: { type: 'string' },
      duration: { type: 'string' },
      rounds: { type: 'string' },
      connections: { type: 'string' },
      'no-development': { type: 'boolean' },
      'no-production': { type: 'boolean' },
      'no-postgraphile': { type: 'boolean' },
      'cpu-prof': { type: 'string' },
    },
    allowPositionals: true,
  });
  const int = (flag: string | undefined, env: string | undefined, fallback: number) => {
    const n = Number(flag ?? env ?? fallback);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`bad number: ${flag ?? env}`);
    return n;
  };
  return {
    projects: Math.floor(int(values.projects, process.env.BENCH_PROJECTS, 10_000)),
    durationMs: int(values.duration, process.env.BENCH_DURATION, 8) * 1000,
    rounds: Math.floor(int(values.rounds, process.env.BENCH_ROUNDS, 3)),
    connections: Math.floor(int(values.connections, process.env.BENCH_CONNECTIONS, 32)),
    development: !values['no-development'],
    production: !values['no-production'],
    postgraphile: !values['no-postgraphile'],
    cpuProfileDir: values['cpu-prof'] ? path.resolve(values['cpu-prof']) : undefined,
  };
}

/** RSS of a process that may have exited already (0 then). */
const rssAfterLoad = (pid: number | undefined) => {
  try {
    return pid === undefined ? 0 : rssMiB(pid);
  } catch {
    return 0;
  }
};

/** One POST over the shared keep-alive agent; resolves with the status and body. */
function post(agent: http.Agent, target: Target): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { agent, host: '127.0.0.1', port: target.port, path: target.path, method: 'POST', headers: { ...target.headers, 'content-length': String(target.body.length) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(target.body);
  });
}

/** `connections` closed loops for `durationMs`: each sends its next request when the previous answer is read. */
async function load(target: Target, connections: number, durationMs: number): Promise<Round> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  const cpuBefore = cpuMs(target.child.pid!);
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          const { status } = await post(agent, target);
          if (status === 200) latencies.push(performance.now() - t0);
          else errors++;
        } catch {
          errors++;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? NaN;
  const cpuMsPerRequest = (cpuMs(target.child.pid!) - cpuBefore) / Math.max(latencies.length, 1);
  return { requests: latencies.length, errors, seconds, rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99), cpuMsPerRequest };
}

const tail = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').slice(-2_000) : '');

async function waitReady(target: Target, logFile: string): Promise<void> {
  const started = Date.now();
  const agent = new http.Agent({ keepAlive: false });
  for (;;) {
    if (target.child.exitCode !== null) throw new Error(`${target.name} exited with ${target.child.exitCode}:\n${tail(logFile)}`);
    if (Date.now() - started > 120_000) throw new Error(`${target.name}: no answer within 120 s:\n${tail(logFile)}`);
    const answer = await post(agent, target).catch(() => undefined);
    if (answer?.status === 200) {
      const json: unknown = JSON.parse(answer.body);
      const edges = target.edges(json);
      if (edges?.length !== PAGE_SIZE) throw new Error(`${target.name}: expected ${PAGE_SIZE} edges, got ${answer.body.slice(0, 500)}`);
      return;
    }
    if (answer && answer.status !== 503 && answer.status !== 404) throw new Error(`${target.name}: HTTP ${answer.status} ${answer.body.slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const dig = (json: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], json);

/** Runs the read bench; `pnpm bench` calls it after its other parts. */
export async function benchReadPath(): Promise<void> {
  const opts = options();
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'vejapro-bench-read-'));
  await chmod(workDir, 0o755);
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(workDir, 'data') });
  const targets: Target[] = [];
  try {
    // The data set: migrations and `pnpm seed --projects N`'s bulk set, then fresh statistics.
    const { config } = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: postgres.url, JWT_SECRET: randomBytes(32).toString('hex') });
    const logger = createLogger(config);
    const dataSource = createAppDataSource(postgres.url, { poolSize: 2 });
    await dataSource.initialize();
    const seedStart = performance.now();
    let counts: Record<string, number>;
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      await seedBulkProjects(dataSource, opts.projects, logger, config.businessTimezone);
      await dataSource.query('VACUUM ANALYZE');
      const [row] = (await dataSource.query(
        `SELECT (SELECT count(*) FROM projects)::int AS projects, (SELECT count(*) FROM payments)::int AS payments, (SELECT count(*) FROM evidences)::int AS evidences`,
      )) as Array<Record<string, number>>;
      counts = row!;
    } finally {
      await dataSource.destroy();
    }
    console.log(
      `\nRead path: ProjectsPage(first: ${PAGE_SIZE}) on ${counts.projects!.toLocaleString('en')} projects, ${counts.payments!.toLocaleString('en')} payments, ` +
        `${counts.evidences!.toLocaleString('en')} evidences (seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s); ` +
        `${opts.connections} connections, ${opts.rounds} alternating rounds of ${opts.durationMs / 1000} s`,
    );

    const jwtSecret = randomBytes(32).toString('hex');
    const token = await signAccessToken({ sub: randomBytes(8).toString('hex'), role: Role.ADMIN, ttlSeconds: 6 * 3600 }, { secret: jwtSecret });
    const apiBody = Buffer.from(JSON.stringify({ operationName: 'ProjectsPage', query: API_QUERY, variables: { first: PAGE_SIZE } }));
    const apiHeaders = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const apiEdges = (json: unknown) => dig(json, 'data', 'projects', 'edges') as unknown[] | undefined;

    const start = async (name: string, kind: Target['kind'], args: string[], env: Record<string, string>, request: Pick<Target, 'path' | 'body' | 'headers' | 'edges'>) => {
      const port = await freePort();
      const logFile = path.join(workDir, `${kind}-${targets.length}.log`);
      const log = createWriteStream(logFile);
      const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout!.pipe(log);
      child.stderr!.pipe(log);
      const target: Target = { name, kind, port, child, ...request };
      targets.push(target);
      const t0 = performance.now();
      await waitReady(target, logFile);
      console.log(`  ${name.padEnd(34)} ready in ${((performance.now() - t0) / 1000).toFixed(1)} s, port ${port}, pid ${child.pid}`);
    };

    const profiling = opts.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.cpuProfileDir}`] : [];
    const apiEnv = { DATABASE_URL: postgres.url, JWT_SECRET: jwtSecret, HOST: '127.0.0.1' };
    if (opts.development)
      await start(
        'this API, development (tsx)',
        'api',
        [...profiling, '--import', 'tsx', 'packages/api/src/main.ts'],
        { ...apiEnv, NODE_ENV: 'development' },
        {
          path: '/graphql',
          body: apiBody,
          headers: apiHeaders,
          edges: apiEdges,
        },
      );
    if (opts.production) {
      const built = spawnSync(process.execPath, ['scripts/api-build.mjs', '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
      if (built.status === 0 && existsSync(path.join(ROOT, 'packages/api/dist/main.js'))) {
        await start(
          'this API, production (node dist)',
          'api',
          [...profiling, ...PRODUCTION_NODE_ARGS],
          // The bench's own database and JWT secret over the throwaway provider settings.
          { ...throwawayProductionSettings(), ...apiEnv },
          { path: '/graphql', body: apiBody, headers: apiHeaders, edges: apiEdges },
        );
      } else {
        console.log('  production build failed: production mode skipped');
      }
    }
    if (opts.postgraphile) {
      await start(
        'PostGraphile v5 (reference)',
        'postgraphile',
        ['--import', './packages/bench/with-resolvers.mjs', 'packages/bench/postgraphile-server.mjs'],
        { DATABASE_URL: postgres.url, NODE_ENV: 'production' },
        {
          path: '/graphql',
          body: Buffer.from(JSON.stringify({ operationName: 'ProjectsPage', query: POSTGRAPHILE_QUERY, variables: { first: PAGE_SIZE } })),
          headers: { 'content-type': 'application/json' },
          edges: (json) => dig(json, 'data', 'allProjects', 'edges') as unknown[] | undefined,
        },
      );
    }
    await start(
      'node:http + pg, one SQL (floor)',
      'floor',
      ['--import', 'tsx', 'test/bench/read-floor-server.ts'],
      { DATABASE_URL: postgres.url },
      {
        path: '/',
        body: Buffer.from(JSON.stringify({ variables: { first: PAGE_SIZE } })),
        headers: { 'content-type': 'application/json' },
        edges: apiEdges,
      },
    );

    // Warm-up (JIT, pools, plan caches), then alternating rounds.
    for (const target of targets) await load(target, opts.connections, Math.min(3_000, opts.durationMs));
    const rounds = new Map<Target, Round[]>(targets.map((t) => [t, []]));
    for (let r = 1; r <= opts.rounds; r++) {
      const order = r % 2 ? targets : [...targets].reverse();
      for (const target of order) {
        const round = await load(target, opts.connections, opts.durationMs);
        rounds.get(target)!.push(round);
        console.log(
          `  round ${r}  ${target.name.padEnd(34)} ${round.rps.toFixed(0).padStart(5)} req/s  p50 ${round.p50.toFixed(0).padStart(4)} ms  p99 ${round.p99.toFixed(0).padStart(4)} ms  CPU ${round.cpuMsPerRequest.toFixed(1).padStart(5)} ms/req` +
            (round.errors ? `  ${round.errors} errors` : ''),
        );
      }
    }

    // A shared machine's other work shows here; ratios from a loaded run are noisier than absolutes suggest.
    const loadAverage = os.loadavg().map((x) => Number(x.toFixed(2)));
    console.log(`  load average (1, 5, 15 min) at the end: ${loadAverage.join(', ')} on ${os.cpus().length} CPUs`);
    const summary = targets.map((target) => {
      const list = rounds.get(target)!;
      return {
        name: target.name,
        kind: target.kind,
        rps: median(list.map((x) => x.rps)),
        p99: median(list.map((x) => x.p99)),
        cpuMsPerRequest: median(list.map((x) => x.cpuMsPerRequest)),
        p50: median(list.map((x) => x.p50)),
        errors: list.reduce((n, x) => n + x.errors, 0),
        rssMiB: rssAfterLoad(target.child.pid),
        rounds: list,
      };
    });
    const postgraphile = summary.find((s) => s.kind === 'postgraphile');
    const floor = summary.find((s) => s.kind === 'floor')!;
    console.log(`\n  medians of ${opts.rounds} rounds`);
    console.log(
      `  ${'server'.padEnd(34)} ${'req/s'.padStart(6)} ${'p99 ms'.padStart(7)}  CPU ms/req  RSS MiB  ${postgraphile ? 'req/s vs PostGraphile  p99 vs PostGraphile  ' : ''}req/s vs floor`,
    );
    const ratios = summary.map((s) => ({
      name: s.name,
      rpsVsPostgraphile: postgraphile ? s.rps / postgraphile.rps : null,
      p99VsPostgraphile: postgraphile ? s.p99 / postgraphile.p99 : null,
      rpsVsFloor: s.rps / floor.rps,
    }));
    for (const [i, s] of summary.entries()) {
      const ratio = ratios[i]!;
      console.log(
        `  ${s.name.padEnd(34)} ${s.rps.toFixed(0).padStart(6)} ${s.p99.toFixed(0).padStart(7)}  ${s.cpuMsPerRequest.toFixed(1).padStart(10)}  ${s.rssMiB.toFixed(0).padStart(7)}  ` +
          (postgraphile ? `${ratio.rpsVsPostgraphile!.toFixed(2).padStart(20)}× ${ratio.p99VsPostgraphile!.toFixed(2).padStart(19)}×  ` : '') +
          `${ratio.rpsVsFloor.toFixed(2).padStart(13)}×`,
      );
    }
    if (!postgraphile) console.log('  (PostGraphile not run: --no-postgraphile)');
    console.log('  targets: req/s >= 0.6× PostGraphile, p99 <= 2× PostGraphile (issue 12)');

    const resultsFile = path.join(ROOT, 'bench/results.json');
    await mkdir(path.dirname(resultsFile), { recursive: true });
    const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>) : {};
    const cpus = os.cpus();
    await writeFile(
      resultsFile,
      `${JSON.stringify(
        {
          ...previous,
          machine: { cpuModel: cpus[0]?.model ?? 'unknown', cpuCount: cpus.length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()}` },
          node: process.version,
          loadAverage,
          date: new Date().toISOString(),
          readPath: {
            query: `ProjectsPage(first: ${PAGE_SIZE}) with payments, evidences, allowedTransitions`,
            data: counts,
            connections: opts.connections,
            roundSeconds: opts.durationMs / 1000,
            rounds: opts.rounds,
            servers: summary.map(({ name, kind, rps, p50, p99, cpuMsPerRequest, errors, rssMiB: rss, rounds: list }) => ({
              name,
              kind,
              rps,
              p50,
              p99,
              cpuMsPerRequest,
              errors,
              rssMiB: rss,
              rounds: list,
            })),
            ratios,
          },
        },
        null,
        2,
      )}\n`,
    );
    console.log(`  written to ${path.relative(ROOT, resultsFile)}`);
  } finally {
    await Promise.all(targets.map((t) => stopChild(t.child)));
    await postgres.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchReadPath().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
