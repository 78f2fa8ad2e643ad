/**
 * How production runs the API: plain node on the compiled entry, with a young generation of
 * 32 MiB semi-spaces. The read path allocates a few MiB per request; with V8's default (16 MiB)
 * objects of requests still in flight are promoted to the old generation and collected by
 * full mark-compacts, which cost more CPU than the reads themselves (`pnpm bench:read`: about
 * 9 ms of CPU per ProjectsPage request, 6 ms with these flags). scripts/start.sh, docker/Dockerfile
 * and docker/vejapro.service run exactly this; test/deploy/compiled-start.test.ts checks it.
 */
export const PRODUCTION_NODE_ARGS = ['--max-semi-space-size=32', 'packages/api/dist/main.js'] as const;
