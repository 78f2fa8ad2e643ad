import type { CodegenConfig } from '@graphql-codegen/cli';

// Shared by the tests' and the SPA's typed documents.
const typesConfig = {
  strictScalars: true,
  scalars: {
    DateTimeISO: 'string',
    JSONObject: 'Record<string, unknown>',
  },
  // Enums as unions of their values: code writes 'PAID', and the API's TypeScript enums fit too.
  enumType: 'string-literal',
  useTypeImports: true,
};

/**
 * Types for the GraphQL operations, from the committed schema.graphql: the tests' (test/generated)
 * and the admin SPA's (packages/admin/src/gql). Operations are written with `graphql(...)` from
 * those folders; `pnpm codegen` regenerates both and `pnpm codegen:check` fails when either is stale.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'test/generated/': {
      documents: ['test/**/*.ts', '!test/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, skipIndexFile: true },
      config: typesConfig,
    },
    'packages/admin/src/gql/': {
      documents: ['packages/admin/src/**/*.{ts,tsx}', '!packages/admin/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, skipIndexFile: true },
      config: typesConfig,
    },
  },
};

export default config;
