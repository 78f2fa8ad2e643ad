import { GraphQLInt, GraphQLString } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { SharedFrames } from './shared-frames';

const message = (id: string, payload: unknown) => JSON.stringify({ id, type: 'next', payload });

describe('SharedFrames', () => {
  const frames = new SharedFrames();
  afterAll(() => frames.close());

  const result = { data: { metrics: { total: 5_000, sequence: 0, label: 'x', days: [{ amount: 1 }] } } };
  const slots = [
    { name: 'sequence', responseKey: 'sequence', type: GraphQLInt },
    { name: 'sequence', responseKey: 'seq', type: GraphQLInt },
  ];

  it('sends each subscriber the shared result with its own values, as JSON.stringify would have written it', () => {
    const aliased = { data: { metrics: { ...result.data.metrics, seq: 0 } } };
    for (const [id, sequence] of [
      ['1', 7],
      ['2', 8],
    ] as const) {
      const payload = frames.payload(aliased, 'metrics', slots, { sequence });
      // graphql-ws copies the payload's properties into its message before stringifying it.
      const sent = frames.expand(message(id, { ...payload }));
      expect(JSON.parse(sent)).toEqual({ id, type: 'next', payload: { data: { metrics: { ...aliased.data.metrics, sequence, seq: sequence } } } });
    }
  });

  it('serialises the shared part once per result, whatever the number of subscribers', () => {
    let reads = 0;
    const counted = {
      data: {
        metrics: {
          get total() {
            reads++;
            return 1;
          },
          sequence: 0,
        },
      },
    };
    for (let i = 0; i < 100; i++) frames.expand(message(String(i), { ...frames.payload(counted, 'metrics', slots.slice(0, 1), { sequence: i }) }));
    expect(reads).toBe(1);
  });

  it('leaves a message without a frame as it is, and a frame it no longer knows too', () => {
    expect(frames.expand('{"id":"1","type":"complete"}')).toBe('{"id":"1","type":"complete"}');
    const payload = frames.payload(result, 'metrics', slots.slice(0, 1), { sequence: 1 });
    const text = message('1', { ...payload });
    expect(frames.expand(text)).not.toBe(text);
    // Filled once: the same mark again finds nothing.
    expect(frames.expand(text)).toBe(text);
  });

  it('writes a null own value as null and serialises others with their type', () => {
    const payload = frames.payload({ data: { metrics: { label: 'shared' } } }, 'metrics', [{ name: 'label', responseKey: 'label', type: GraphQLString }], { label: null });
    expect(JSON.parse(frames.expand(message('1', { ...payload })))).toEqual({ id: '1', type: 'next', payload: { data: { metrics: { label: null } } } });
  });
});
