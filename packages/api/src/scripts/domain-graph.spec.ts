import { describe, expect, it } from 'vitest';
import { domainCycles, domainGraph } from './domain-graph';

describe('domain graph', () => {
  it('finds a cycle and its path', () => {
    const graph = new Map([
      ['projects', new Set(['payments'])],
      ['payments', new Set(['projects', 'finance'])],
      ['finance', new Set<string>()],
    ]);
    expect(domainCycles(graph)).toEqual([['payments', 'projects', 'payments']]);
  });

  it('of this code base is acyclic, and core is no domain', () => {
    const graph = domainGraph();
    expect(domainCycles(graph)).toEqual([]);
    expect(graph.has('core')).toBe(false);
    expect(graph.get('projects')).not.toContain('payments');
  });
});
