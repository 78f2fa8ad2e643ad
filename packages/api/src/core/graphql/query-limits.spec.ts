import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PARSE_OPTIONS, queryLimitRules } from './query-limits';

// A recursive schema, so any depth can be written.
const schema = buildSchema(`
  type Node { id: ID!  child: Node }
  type Query { node: Node  viewer: Node }
`);

function errorsOf(query: string) {
  return validate(schema, parse(query), [...specifiedRules, ...queryLimitRules()]).map((error) => error.message);
}

function nested(depth: number): string {
  // `{ node { id } }` is depth 2; every extra `child` adds one.
  let selection = 'id';
  for (let i = 0; i < depth - 2; i++) selection = `child { ${selection} }`;
  return `{ node { ${selection} } }`;
}

describe('query limits', () => {
  it('counts `{ viewer { id } }` as depth 2', () => {
    expect(errorsOf('{ viewer { id } }')).toEqual([]);
  });

  it('allows depth 10 and refuses depth 11', () => {
    expect(errorsOf(nested(10))).toEqual([]);
    expect(errorsOf(nested(11)).join()).toMatch(/depth/i);
  });

  it('allows 20 aliases and refuses 21', () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: node { id }`).join(' ')} }`;
    expect(errorsOf(aliases(20))).toEqual([]);
    expect(errorsOf(aliases(21)).join()).toMatch(/alias/i);
  });

  it('counts aliases of __typename too', () => {
    const typenames = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    expect(errorsOf(typenames(20))).toEqual([]);
    expect(errorsOf(typenames(21)).join()).toMatch(/alias/i);
    expect(errorsOf(`query { ...F } fragment F on Query { ${Array.from({ length: 21 }, (_, i) => `t${i}: __typename`).join(' ')} }`).join()).toMatch(/alias/i);
  });

  it('refuses documents with too many tokens while parsing', () => {
    const huge = `{ ${'node { id } '.repeat(600)} }`;
    expect(() => parse(huge, PARSE_OPTIONS)).toThrow(/tokens/);
  });
});
