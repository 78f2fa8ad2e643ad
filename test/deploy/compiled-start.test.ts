import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { ROOT, run } from './tools';
import { exited, freePort, waitForHealth } from '../support/processes';
import { PRODUCTION_NODE_ARGS } from '../support/production-command';

/**
 * The production server is compiled JavaScript on plain node. The build goes to a directory of
 * its own beside packages/api/dist (same depth, so `../../package.json` and the SPA's
 * `../../../admin/dist` resolve as from dist/), leaving the real dist/ to `pnpm build`.
 */
const OUT_DIR = path.join(ROOT, 'packages/api', `dist.test-${randomUUID().slice(0, 8)}`);

describe('the compiled server (NODE_ENV=production)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    // The same tsconfig as `pnpm build:api`; --noCheck because `pnpm typecheck` checks the types.
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    const build = run(process.execPath, [tsc, '-p', 'packages/api/tsconfig.build.json', '--outDir', OUT_DIR, '--noCheck'], { timeout: 170_000 });
    expect(build.status, build.output).toBe(0);
    database = await createTestDatabase();
  }, 180_000);
  afterAll(async () => {
    rmSync(OUT_DIR, { recursive: true, force: true });
    await database?.drop();
  });

  it('starts on plain node, answers /health, GraphQL and /admin, and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      STRIPE_WEBHOOK_SECRET: `whsec_${randomBytes(16).toString('hex')}`,
      TWILIO_ACCOUNT_SID: `AC${randomBytes(16).toString('hex')}`,
      TWILIO_AUTH_TOKEN: randomBytes(16).toString('hex'),
      TWILIO_FROM_NUMBER: '+37060000001',
      CHAT_WEBHOOK_SECRET: randomBytes(16).toString('hex'),
      SMTP_HOST: '127.0.0.1',
    };
    // No --import, no loader: node alone cannot run TypeScript, so this is the compiled output.
    const child = spawn(process.execPath, [path.join(OUT_DIR, 'main.js')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    try {
      const ms = await waitForHealth(url, child, 60_000, () => output);
      console.log(`compiled server: /health answered 200 after ${ms} ms`);

      const graphql = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
      // The SPA is found from the compiled tree too.
      expect((await fetch(`${url}/admin/`)).status).toBe(200);
      // Production logs are JSON lines.
      expect(output).toMatch(/^\{.*"msg":"VejaPRO API ready"/m);

      child.kill('SIGTERM');
      expect(await exited(child)).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 90_000);

  it('is what the production image, the systemd unit and NODE_ENV=production pnpm start run: the compiled main.js on plain node, same flags', () => {
    const dockerfile = readFileSync(path.join(ROOT, 'docker/Dockerfile'), 'utf8');
    expect(dockerfile.match(/^CMD .*$/gm)).toEqual([`CMD ${JSON.stringify(['node', ...PRODUCTION_NODE_ARGS]).replaceAll(',', ', ')}`]);
    const unit = readFileSync(path.join(ROOT, 'docker/vejapro.service'), 'utf8');
    expect(unit.match(/^ExecStart=.*$/gm)).toEqual([`ExecStart=/usr/bin/env node ${PRODUCTION_NODE_ARGS.join(' ')}`]);
    const start = readFileSync(path.join(ROOT, 'scripts/start.sh'), 'utf8');
    expect(start).toContain(`exec node ${PRODUCTION_NODE_ARGS.join(' ')}\n`);
    expect(dockerfile).toMatch(/^RUN pnpm build$/m);
    expect(dockerfile).toMatch(/pnpm install --prod --frozen-lockfile/);
  });
});
