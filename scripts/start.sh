#!/bin/sh
# `pnpm start`.
# Development (the default): the admin SPA is rebuilt when its sources changed, then the API runs
# from its TypeScript sources through tsx, with no build step.
# NODE_ENV=production: the compiled API (packages/api/dist from `pnpm build`) on plain node, no tsx;
# a checkout whose build is missing or stale is compiled first. The SPA comes from `pnpm build`.
set -e
if [ "$NODE_ENV" = production ]; then
  node scripts/api-build.mjs --if-stale
  # The young generation is sized for the read path: test/support/production-command.ts says why.
  exec node --max-semi-space-size=32 packages/api/dist/main.js
fi
node --import tsx packages/admin/build/ensure-built.mts
exec node --import tsx packages/api/src/main.ts
