import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for the GraphQL operations the tests send, from the committed schema.graphql.
 * Operations are written with `graphql(...)` from test/generated/gql.ts; `pnpm codegen`
 * regenerates test/generated/ and `pnpm codegen:check` fails when it is stale.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/**/*.ts', '!test/generated/**'],
  generates: {
    'test/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, skipIndexFile: true },
      config: {
        // Typed documents (TypedDocumentNode), printed by the test helpers before sending.
        strictScalars: true,
        scalars: {
          DateTimeISO: 'string',
          JSONObject: 'Record<string, unknown>',
        },
        // Enums as unions of their values: tests write 'PAID', and the API's TypeScript enums fit too.
        enumType: 'string-literal',
        useTypeImports: true,
      },
    },
  },
};

export default config;
