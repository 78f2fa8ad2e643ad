import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { signAccessToken } from '../../packages/api/src/core/auth/jwt';
import { Role } from '../../packages/api/src/core/auth/role';
import { descendantsOf, exited, freePort, survivorsAfter, waitForHealth } from '../support/processes';
import { TYPENAME } from '../support/operations';
import { firstResult } from '../support/ws';

const ROOT = path.resolve(__dirname, '../..');

/** The README's command: `pnpm start` (through the pnpm running this test when there is one). */
function pnpmStart(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const pnpm = process.env.npm_execpath;
  const [command, args] = pnpm && /pnpm/.test(pnpm) ? [process.execPath, [pnpm, 'start']] : ['pnpm', ['start']];
  const { NODE_ENV: _ignored, ...parentEnv } = process.env;
  const child = spawn(command, args as string[], { cwd: ROOT, env: { ...parentEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

describe('pnpm start', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'vejapro-start-'));
    await chmod(dataDir, 0o755);
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  async function startAndStop(label: string) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const { child, output } = pnpmStart({ DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info' });
    try {
      const ms = await waitForHealth(url, child, 60_000);
      console.log(`${label}: /health answered 200 after ${ms} ms`);

      const http = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      expect(await http.json()).toEqual({ data: { __typename: 'Query' } });

      // A development token, signed with the secret `pnpm start` generated under DATA_DIR.
      const secret = readFileSync(path.join(dataDir, 'dev-jwt-secret'), 'utf8').trim();
      const token = await signAccessToken({ sub: 'admin', role: Role.ADMIN }, { secret });
      const ws = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
      expect(await firstResult(ws, TYPENAME)).toEqual({ data: { __typename: 'Query' } });
      await ws.dispose();

      // The banner's demo sign-in works.
      await vi.waitFor(() => expect(output()).toMatch(/Demo sign-in\s+\S+ \/ \S+/), { timeout: 5_000 });
      const [, email, password] = /Demo sign-in\s+(\S+) \/ (\S+)/.exec(output())!;
      expect(output()).toContain(`GraphQL       http://localhost:${port}/graphql`);
      expect(output()).toContain(`Admin         http://localhost:${port}/admin/`);

      // The admin SPA, built by `pnpm start` when needed: index.html never cached, hashed assets for a year.
      const spa = await fetch(`${url}/admin/projects`);
      expect(spa.status).toBe(200);
      expect(spa.headers.get('cache-control')).toBe('no-cache');
      const html = await spa.text();
      expect(html).toContain('<div id="root"></div>');
      const asset = /src="(\/admin\/assets\/[^"]+\.js)"/.exec(html)![1]!;
      expect((await fetch(`${url}${asset}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const login = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { user { role } } }',
          variables: { email, password },
        }),
      });
      expect(await login.json()).toEqual({ data: { login: { user: { role: 'ADMIN' } } } });

      const processes = descendantsOf(child.pid!);
      expect(processes.length).toBeGreaterThan(1);
      child.kill('SIGTERM');
      expect(await exited(child)).toBe(0);
      const survivors = await survivorsAfter(processes, 5_000);
      expect(survivors).toEqual([]);
      // PostgreSQL removes its pid file only on a clean shutdown.
      expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
      return output();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }

  // One test: the second start is only meaningful after the first, on the same DATA_DIR.
  it('boots embedded PostgreSQL, serves HTTP and websockets, stops leaving no process behind, and reuses the data on a second start', async () => {
    const first = await startAndStop('first start');
    expect(first).toContain('migrations applied');

    const second = await startAndStop('second start');
    expect(second).toContain('VejaPRO API ready');
    expect(second).not.toContain('migrations applied');
  }, 240_000);
});

describe('NODE_ENV=production pnpm start', () => {
  it('refuses to start without secrets, one line per problem, exit code non-zero', async () => {
    const { child, output } = pnpmStart({ NODE_ENV: 'production', DATA_DIR: path.join(tmpdir(), 'vejapro-never'), ALLOW_INSECURE_WEBHOOKS: 'true' });
    expect(await exited(child)).not.toBe(0);
    const lines = output();
    for (const expected of [
      'config: DATABASE_URL is required when NODE_ENV=production',
      'config: JWT_SECRET (or SUPABASE_JWT_SECRET) is required when NODE_ENV=production',
      'config: STRIPE_WEBHOOK_SECRET is required when NODE_ENV=production',
      'config: ALLOW_INSECURE_WEBHOOKS=true is refused when NODE_ENV=production',
    ]) {
      expect(lines).toContain(expected);
    }
    expect(existsSync(path.join(tmpdir(), 'vejapro-never'))).toBe(false);
  }, 60_000);
});
