import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { pageSizeErrors } from './page-size-limit';
import { QUERY_LIMITS } from './query-limits';

// The shape of the API's connections: root fields and a nested one, all with `first`.
const schema = buildSchema(`
  directive @sample(first: Int) on FIELD
  type Entry { id: ID! }
  type EntryConnection { totalCount: Int! edges: [Entry!]! }
  type Project { id: ID!  auditTrail(first: Int! = 20, after: String): EntryConnection! }
  type ProjectConnection { totalCount: Int! edges: [Project!]! }
  type Query {
    projects(first: Int! = 20, after: String): ProjectConnection!
    users(first: Int! = 20): EntryConnection!
    project(id: ID!): Project!
  }
`);

function messagesOf(query: string, variables?: Record<string, unknown>, operationName?: string) {
  return pageSizeErrors(schema, parse(query), variables, operationName).map((error) => error.message);
}

describe('page size limit', () => {
  it('is the contract number, in one place', () => {
    expect(QUERY_LIMITS.maxPageSize).toBe(100);
  });

  it('allows 1 to 100, literal or variable, and a missing `first`', () => {
    expect(messagesOf('{ a: projects(first: 1) { totalCount } b: projects(first: 100) { totalCount } c: projects { totalCount } }')).toEqual([]);
    expect(messagesOf('query ($n: Int!) { projects(first: $n) { totalCount } }', { n: 100 })).toEqual([]);
    expect(messagesOf('query ($n: Int! = 50) { projects(first: $n) { totalCount } }')).toEqual([]);
  });

  it('refuses a literal above 100 or below 1', () => {
    expect(messagesOf('{ projects(first: 101) { totalCount } }')).toEqual(['`first` must be between 1 and 100; got 101']);
    expect(messagesOf('{ users(first: 0) { totalCount } }')).toEqual(['`first` must be between 1 and 100; got 0']);
    expect(messagesOf('{ users(first: -5) { totalCount } }')).toEqual(['`first` must be between 1 and 100; got -5']);
  });

  it('refuses a value from the request variables', () => {
    const query = 'query Page($n: Int!) { projects(first: $n) { totalCount } }';
    expect(messagesOf(query, { n: 101 })).toEqual(['`first` must be between 1 and 100; got 101']);
    expect(messagesOf(query, { n: 0 })).toEqual(['`first` must be between 1 and 100; got 0']);
  });

  it("uses a variable's default value unless the request gives one", () => {
    const query = 'query ($n: Int! = 500) { projects(first: $n) { totalCount } }';
    expect(messagesOf(query)).toEqual(['`first` must be between 1 and 100; got 500']);
    expect(messagesOf(query, {})).toEqual(['`first` must be between 1 and 100; got 500']);
    expect(messagesOf(query, { n: 10 })).toEqual([]);
  });

  it('checks nested connections such as auditTrail', () => {
    expect(messagesOf('{ project(id: "p") { auditTrail(first: 1000) { totalCount } } }')).toEqual(['`first` must be between 1 and 100; got 1000']);
    const query = 'query ($n: Int!) { projects(first: 10) { edges { auditTrail(first: $n) { totalCount } } } }';
    const errors = pageSizeErrors(schema, parse(query), { n: 101 });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // Located at the offending argument.
    expect(errors[0]!.locations).toEqual([{ line: 1, column: query.indexOf('first: $n') + 1 }]);
  });

  it('checks fragments the operation uses, nested ones included', () => {
    const query = `
      query ($n: Int!) { ...Root }
      fragment Root on Query { projects(first: 5) { edges { ...Trail } } }
      fragment Trail on Project { auditTrail(first: $n) { totalCount } ... on Project { again: auditTrail(first: 200) { totalCount } } }`;
    expect(messagesOf(query, { n: 101 })).toEqual(['`first` must be between 1 and 100; got 101', '`first` must be between 1 and 100; got 200']);
    expect(messagesOf(query, { n: 100 })).toEqual(['`first` must be between 1 and 100; got 200']);
  });

  it('checks only the operation that runs, and leaves directive arguments alone', () => {
    const query = `
      query Small { projects(first: 10) { totalCount } }
      query Big { projects(first: 101) { totalCount } }
      fragment Unused on Query { users(first: 999) { totalCount } }`;
    expect(messagesOf(query, undefined, 'Small')).toEqual([]);
    expect(messagesOf(query, undefined, 'Big')).toEqual(['`first` must be between 1 and 100; got 101']);
    // No operation to run (ambiguous): execution refuses it, nothing to check here.
    expect(messagesOf(query)).toEqual([]);
    expect(messagesOf('{ projects(first: 10) @sample(first: 1000) { totalCount } }')).toEqual([]);
  });

  it('leaves values of the wrong type to GraphQL coercion', () => {
    expect(messagesOf('query ($n: Int!) { projects(first: $n) { totalCount } }', { n: 'many' })).toEqual([]);
  });
});
