import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../packages/api/src/core/logging/logger';
import { seedDemoData } from '../../packages/api/src/seed/demo-data';
import { DEMO_USERS } from '../../packages/api/src/seed/demo-people';
import { enableDemoSignIn } from '../../packages/api/src/seed/demo-sign-in';
import { dataOf } from '../support/documents';
import { useTestServer } from '../support/test-server';
import { LOGIN } from '../support/users';

describe('demo sign-in', () => {
  const server = useTestServer();
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'vejapro-demo-'));
    await seedDemoData(server.dataSource, createLogger(server.config), server.config.businessTimezone);
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('gives no demo user a password outside development', async () => {
    // As seeded, whatever another test of this file has set since.
    await server.dataSource.query(`UPDATE users SET password_hash = NULL`);
    for (const nodeEnv of ['production', 'test'] as const) {
      expect(await enableDemoSignIn(server.dataSource, { ...server.config, nodeEnv, dataDir })).toBeNull();
    }
    const [{ n }] = (await server.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE password_hash IS NOT NULL`)) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('in development, every demo user signs in with the password kept in DATA_DIR', async () => {
    const demo = await enableDemoSignIn(server.dataSource, { ...server.config, nodeEnv: 'development', dataDir });
    expect(demo).toEqual({ email: DEMO_USERS.admin.email, password: (await readFile(path.join(dataDir, 'demo-password'), 'utf8')).trim() });
    for (const user of [DEMO_USERS.admin, DEMO_USERS.contractor, DEMO_USERS.client]) {
      const response = await server.graphql(LOGIN, { email: user.email, password: demo!.password });
      expect(dataOf(response).login.user).toEqual({ id: user.id, email: user.email, name: user.name, role: user.role });
    }
    // The same DATA_DIR keeps its password across restarts.
    expect(await enableDemoSignIn(server.dataSource, { ...server.config, nodeEnv: 'development', dataDir })).toEqual(demo);
  });
});
