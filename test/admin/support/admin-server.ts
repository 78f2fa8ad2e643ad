import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createLogger } from '../../../packages/api/src/core/logging/logger';
import { seedDemoData } from '../../../packages/api/src/seed/demo-data';
import { enableDemoSignIn } from '../../../packages/api/src/seed/demo-sign-in';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink';
import { dataOf } from '../../support/documents';
import { PROJECTS_PAGE } from '../../support/operations';
import { Role, startTestServer, type TestServer } from '../../support/test-server';
import type { ProjectStatus } from '../../generated/graphql';
import { launchChromium } from './browser';

export interface AdminWorld {
  server: TestServer;
  smtp: SmtpSink;
  browser: Browser;
  /** The demo admin's sign-in, as `pnpm start` prints it. */
  demo: { email: string; password: string };
  /** A project of the demo data in `status`, found through the API as an admin would. */
  projectIn(status: ProjectStatus): Promise<{ id: string; clientName: string }>;
}

/**
 * What `pnpm start` gives a person, for one test file: the real server (serving the built SPA
 * at /admin) on its own database with the demo data and demo sign-in, e-mail caught by a local
 * SMTP sink, and a headless Chromium.
 */
export function useAdminWorld(env: Record<string, string> = {}): AdminWorld {
  const world = {
    async projectIn(status: ProjectStatus) {
      const admin = await world.server.token(Role.ADMIN);
      const page = dataOf(await world.server.graphql(PROJECTS_PAGE, { first: 1, filter: { status } }, admin)).projects;
      const project = page.edges[0]?.node;
      if (!project) throw new Error(`the demo data has no ${status} project`);
      return { id: project.id, clientName: project.clientInfo.name };
    },
  } as AdminWorld;
  let dataDir: string | undefined;
  beforeAll(async () => {
    world.smtp = await startSmtpSink();
    world.server = await startTestServer({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(world.smtp.port), SMTP_FROM_EMAIL: 'no-reply@vejapro.lt', ...env });
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
