import { describe, expect, it } from 'vitest';
import { documentCost, requestCost } from './operation-cost';

const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;

describe('requestCost', () => {
  it('is 1 for one operation without aliases', () => {
    expect(requestCost({ query: '{ viewer { id } }' })).toBe(1);
  });

  it('adds one per alias, __typename and fragments included', () => {
    expect(requestCost({ query: aliased(50) })).toBe(51);
    expect(documentCost('query Q { ...F } fragment F on Query { x: __typename y: __typename }')).toBe(3);
  });

  it('adds up a batch and every operation of a document', () => {
    expect(requestCost([{ query: '{ __typename }' }, { query: aliased(3) }])).toBe(5);
    expect(documentCost('query A { __typename } query B { __typename }')).toBe(2);
  });

  it('is 1 for what is not a GraphQL request', () => {
    for (const body of [undefined, null, 'text', {}, { query: 42 }, { query: '{ unclosed' }, []]) expect(requestCost(body)).toBe(1);
  });
});
