import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createLogger } from '../../../packages/api/src/core/logging/logger';
import { seedDemoData } from '../../../packages/api/src/seed/demo-data';
import { enableDemoSignIn } from '../../../packages/api/src/seed/demo-sign-in';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink';
import { startTestServer, type TestServer } from '../../support/test-server';
import { launchChromium } from './browser';

export interface AdminWorld {
  server: TestServer;
  smtp: SmtpSink;
  browser: Browser;
  /** The demo admin's sign-in, as `pnpm start` prints it. */
  demo: { email: string; password: string };
}

/**
 * What `pnpm start` gives a person, for one test file: the real server (serving the built SPA
 * at /admin) on its own database with the demo data and demo sign-in, e-mail caught by a local
 * SMTP sink, and a headless Chromium.
 */
export function useAdminWorld(): AdminWorld {
  const world = {} as AdminWorld;
  let dataDir: string | undefined;
  beforeAll(async () => {
    world.smtp = await startSmtpSink();
    world.server = await startTestServer({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(world.smtp.port), SMTP_FROM_EMAIL: 'no-reply@vejapro.lt' });
    await seedDemoData(world.server.dataSource, createLogger(world.server.config), world.server.config.businessTimezone);
    dataDir = await mkdtemp(path.join(tmpdir(), 'vejapro-admin-'));
    const demo = await enableDemoSignIn(world.server.dataSource, { ...world.server.config, nodeEnv: 'development', dataDir });
    if (!demo) throw new Error('demo sign-in was not enabled');
    world.demo = demo;
    world.browser = await launchChromium();
  });
  afterAll(async () => {
    await world.browser?.close();
    await world.server?.close();
    await world.smtp?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });
  return world;
}
