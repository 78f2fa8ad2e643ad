/**
 * Layering of the API (pnpm lint). core/ is plumbing: it imports no domain and not the
 * composition root; domains never import the composition root; no module cycles.
 * Cycles between domain folders are checked by scripts/emit-domain-graph.ts (--check).
 */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-domain',
      comment: 'core/ is plumbing: a domain joins through an interface core declares (see core/auth/viewer-registry.ts, core/events/live-hubs.ts)',
      severity: 'error',
      from: { path: '^packages/api/src/core/' },
      to: { path: '^packages/api/src/', pathNot: '^packages/api/src/core/' },
    },
    {
      name: 'only-entry-points-import-app',
      comment: 'app/ wires the domains together; only main.ts and the scripts use it',
      severity: 'error',
      from: { path: '^packages/api/src/', pathNot: '^packages/api/src/(app/|main\\.ts|scripts/)' },
      to: { path: '^packages/api/src/app/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^packages/api/src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.spec\\.ts$' },
  },
};
