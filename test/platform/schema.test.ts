import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type IntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../support/test-server';

const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

describe('schema.graphql', () => {
  const server = useTestServer();

  it('is exactly what the server serves (run `pnpm schema` after changing resolvers)', async () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true });
    const response = await server.graphql<IntrospectionQuery>(query);
    const served = `${printSchema(lexicographicSortSchema(buildClientSchema(response.data!)))}\n`;
    expect(served).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });
});
