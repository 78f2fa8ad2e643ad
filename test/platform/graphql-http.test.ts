import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql';
import { dataOf, untyped } from '../support/documents';
import { TYPENAME, VIEWER } from '../support/operations';
import { Role, useTestServer } from '../support/test-server';

const QUERY_TYPE_NAME = graphql(`
  query QueryTypeName {
    __schema {
      queryType {
        name
      }
    }
  }
`);

// Queries built here or refused before execution stay raw text: codegen cannot type them, and no test reads their data.
const aliases = (n: number) => untyped(`{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`);

describe('GraphQL over HTTP', () => {
  const server = useTestServer();

  it('answers { __typename }', async () => {
    const response = await server.graphql(TYPENAME);
    expect(response.status).toBe(200);
    expect(dataOf(response)).toEqual({ __typename: 'Query' });
  });

  it('tells the viewer who they are from the token, and null without one', async () => {
    const token = await server.token(Role.EXPERT, { sub: 'expert-1', email: 'ekspertas@vejapro.lt' });
    expect(dataOf(await server.graphql(VIEWER, {}, token))).toEqual({
      viewer: { id: 'expert-1', email: 'ekspertas@vejapro.lt', role: 'EXPERT' },
    });
    expect(dataOf(await server.graphql(VIEWER))).toEqual({ viewer: null });
  });

  it('answers an expired token with UNAUTHENTICATED over HTTP 200', async () => {
    const token = await server.token(Role.ADMIN, { ttlSeconds: -60 });
    const response = await server.graphql(VIEWER, {}, token);
    expect(response.status).toBe(200);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses more than 20 aliases before execution with GRAPHQL_VALIDATION_FAILED', async () => {
    expect((await server.graphql(aliases(20))).errors).toBeUndefined();
    const response = await server.graphql(aliases(21));
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses `first` outside 1 to 100 on any connection before execution with GRAPHQL_VALIDATION_FAILED (400)', async () => {
    const admin = await server.token(Role.ADMIN);
    const byVariable = 'query ($n: Int!) { auditLogs(first: $n) { totalCount } }';
    const byDefault = 'query ($n: Int! = 101) { outboundMessages(first: $n) { totalCount } }';
    const nested = 'query ($n: Int!) { projects(first: 1) { edges { node { auditTrail(first: $n) { totalCount } } } } }';
    const fragment = 'query ($n: Int!) { ...Deliveries } fragment Deliveries on Query { webhookDeliveries(first: $n) { totalCount } }';
    const refused: Array<[string, Record<string, unknown>, string]> = [
      ['{ projects(first: 101) { totalCount } }', {}, 'got 101'],
      ['{ callRequests(first: 0) { totalCount } }', {}, 'got 0'],
      [byVariable, { n: 101 }, 'got 101'],
      [byVariable, { n: 0 }, 'got 0'],
      [byDefault, {}, 'got 101'],
      [nested, { n: 500 }, 'got 500'],
      [fragment, { n: 1000 }, 'got 1000'],
    ];
    for (const [query, variables, got] of refused) {
      const response = await server.graphql(untyped(query), variables, admin);
      expect(response.status, query).toBe(400);
      expect(response.data, query).toBeUndefined();
      expect(response.errors?.[0]?.extensions?.code, query).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.errors?.[0]?.message, query).toBe(`\`first\` must be between 1 and 100; ${got}`);
    }
    // Before execution: without a token the resolvers would answer UNAUTHENTICATED.
    expect((await server.graphql(untyped(byVariable), { n: 101 })).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // The bounds themselves and the default pass.
    for (const variables of [{ n: 1 }, { n: 100 }]) {
      const response = await server.graphql(untyped(byVariable), variables, admin);
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
    }
    expect((await server.graphql(untyped('{ projects { totalCount } }'), {}, admin)).errors).toBeUndefined();
  });

  it('refuses a subscription over HTTP before execution (GRAPHQL_VALIDATION_FAILED, 400): subscriptions run over the websocket', async () => {
    const response = await server.graphql(untyped('subscription { financeMetricsUpdated(days: 7) { sequence } }'), {}, await server.token(Role.ADMIN));
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.data).toBeUndefined();
  });

  it('answers a variable of the wrong type BAD_USER_INPUT (400) with graphql-js wording, before execution', async () => {
    const response = await server.graphql(untyped('query P($first: Int!) { projects(first: $first) { totalCount } }'), { first: 'abc' }, await server.token(Role.ADMIN));
    expect(response.status).toBe(400);
    expect(response.errors?.[0]).toMatchObject({
      message: 'Variable "$first" got invalid value "abc"; Int cannot represent non-integer value: "abc"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('answers 413 to a body over 1 MiB', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(1_048_576) }),
    });
    expect(response.status).toBe(413);
  });

  it('refuses a GET a browser could send cross-site (CSRF prevention)', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    const preflighted = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
  });

  it('allows CORS only for configured origins', async () => {
    const allowed = await fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const refused = await fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends security headers and a request id, keeping a safe incoming one', async () => {
    const response = await fetch(`${server.url}/health`, { headers: { 'x-request-id': 'trace-123' } });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('allows introspection while docs are enabled', async () => {
    const response = await server.graphql(QUERY_TYPE_NAME);
    expect(dataOf(response)).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('GraphQL over HTTP with docs disabled (production settings)', () => {
  const server = useTestServer({ DOCS_ENABLED: 'false' });

  it('refuses introspection', async () => {
    const response = await server.graphql(QUERY_TYPE_NAME);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('gives no field suggestions', async () => {
    const response = await server.graphql(untyped('{ viewr { id } }'));
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});
