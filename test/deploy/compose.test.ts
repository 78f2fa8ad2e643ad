import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, requireTool, run } from './tools';

const COMPOSE_FILE = 'docker/compose.yml';

/** What production requires (config.ts), as dummies: compose refuses to start without them. */
const REQUIRED = {
  POSTGRES_PASSWORD: 'pw',
  JWT_SECRET: 'j'.repeat(32),
  STRIPE_WEBHOOK_SECRET: 'whsec_test',
  TWILIO_ACCOUNT_SID: 'AC0',
  TWILIO_AUTH_TOKEN: 'token',
  TWILIO_FROM_NUMBER: '+37060000001',
  CHAT_WEBHOOK_SECRET: 'chat',
  SMTP_HOST: 'smtp.test',
};

function compose(args: string[], env: Record<string, string>) {
  const docker = requireTool('docker-compose', 'docker-compose');
  // Only PATH from our own environment, so a developer's exported secrets cannot make it pass.
  return run(docker, ['-f', COMPOSE_FILE, ...args], { env: { PATH: process.env.PATH ?? '', ...env } });
}

/** Every variable config.ts reads, from its source: `reader.string('NAME')` and friends. */
function configVariables(): string[] {
  const source = readFileSync(path.join(ROOT, 'packages/api/src/core/config/config.ts'), 'utf8');
  return [...new Set([...source.matchAll(/reader\.\w+\('([A-Z0-9_]+)'/g)].map((match) => match[1]!))].sort();
}

describe('docker/compose.yml', () => {
  it('is valid for Debian’s docker-compose (config -q exits 0)', () => {
    const result = compose(['config', '-q'], REQUIRED);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('stops before anything starts when a production secret is missing, naming it', () => {
    const { JWT_SECRET: _missing, ...rest } = REQUIRED;
    const result = compose(['config', '-q'], rest);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('set JWT_SECRET');
  });

  it('migrates once before the API starts, and the API scales behind Nginx (no host port, no container name)', () => {
    const result = compose(['config'], REQUIRED);
    expect(result.status).toBe(0);
    const services = result.output.split(/\n(?=  \S)/);
    const api = services.find((block) => block.startsWith('  api:'))!;
    expect(api).toMatch(/depends_on:\n\s+migrate:\n\s+condition: service_completed_successfully/);
    expect(api).not.toMatch(/\n    ports:|container_name:/);
    const migrate = services.find((block) => block.startsWith('  migrate:'))!;
    expect(migrate).toContain('packages/api/dist/scripts/migrate.js');
    expect(migrate).toMatch(/condition: service_healthy/);
    const nginx = services.find((block) => block.startsWith('  nginx:'))!;
    expect(nginx).toContain('published: 443');
  });

  it('passes every variable the API reads (HOST, DATA_DIR and NODE_ENV come from the image; insecure webhooks never)', () => {
    const text = readFileSync(path.join(ROOT, COMPOSE_FILE), 'utf8');
    const fromImage = ['HOST', 'DATA_DIR', 'ALLOW_INSECURE_WEBHOOKS'];
    const missing = configVariables().filter((name) => !fromImage.includes(name) && !new RegExp(`^  ${name}:`, 'm').test(text));
    expect(missing).toEqual([]);
  });
});

describe('docker/vejapro.env.example', () => {
  it('lists every variable the API reads, and no real secret', () => {
    const text = readFileSync(path.join(ROOT, 'docker/vejapro.env.example'), 'utf8');
    const missing = configVariables().filter((name) => !new RegExp(`^#? ?${name}=`, 'm').test(text));
    expect(missing).toEqual([]);
    // Every secret that is set is a placeholder the server refuses in production.
    for (const name of ['JWT_SECRET', 'TOKEN_HASH_SECRET', 'STRIPE_WEBHOOK_SECRET', 'TWILIO_AUTH_TOKEN', 'SMTP_PASSWORD', 'CHAT_WEBHOOK_SECRET', 'METRICS_TOKEN']) {
      expect(new RegExp(`^${name}=.*change-me`, 'm').test(text), name).toBe(true);
    }
  });
});
