import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const apiRequire = createRequire(path.join(__dirname, 'packages/api/package.json'));

export default defineConfig({
  resolve: {
    // graphql ships CJS and ESM builds; the server (tsx, CommonJS) loads only the CJS one.
    // Vite would hand our sources the ESM build while Apollo and type-graphql require the CJS
    // build, and `instanceof GraphQLError` would fail across the two copies.
    alias: [{ find: /^graphql$/, replacement: apiRequire.resolve('graphql') }],
  },
  test: {
    include: ['packages/api/src/**/*.spec.ts', 'packages/admin/src/**/*.spec.{ts,tsx}', 'test/**/*.test.ts'],
    // One embedded PostgreSQL for the whole run; each test file gets its own database.
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test' },
  },
});
