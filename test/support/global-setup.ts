import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureAdminBuilt } from '../../packages/admin/build/ensure-built.mjs';
import { startEmbeddedPostgres } from '../../packages/api/src/core/db/embedded-postgres';
import { createTemplateDatabase } from './template-database';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the test cluster's `postgres` database. */
    postgresUrl: string;
  }
}

/**
 * Starts the embedded cluster once per run. It runs in a supervisor child
 * process (see embedded-postgres.supervisor.ts), which stops it on teardown
 * and also if this runner dies.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The admin SPA's end-to-end tests drive the production build the server serves at /admin.
  ensureAdminBuilt();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'vejapro-test-'));
  // As root PostgreSQL runs as the `postgres` user; when it can reach this directory the cluster
  // stays inside it (rather than under /var/lib/vejapro, see cluster-location.ts) and goes with it on teardown.
  await chmod(dataDir, 0o755);
  const postgres = await startEmbeddedPostgres({ dataDir, fast: true });
  try {
    await createTemplateDatabase(postgres.url);
  } catch (error) {
    await postgres.stop();
    throw error;
  }
  project.provide('postgresUrl', postgres.url);
  return async () => {
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
