import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type IntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { dataOf, untyped } from '../support/documents';
import { useTestServer } from '../support/test-server';

const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

describe('schema.graphql', () => {
  const server = useTestServer();

  it('is exactly what the server serves (run `pnpm schema` after changing resolvers)', async () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true });
    // graphql-js types its own introspection query.
    const introspection = dataOf(await server.graphql(untyped(query))) as IntrospectionQuery;
    const served = `${printSchema(lexicographicSortSchema(buildClientSchema(introspection)))}\n`;
    expect(served).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });
});
