import { GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LiveQueue } from '../events/live-queue';
import { sharedLiveValue } from '../events/shared-live-value';
import { createSharedSubscribe } from './shared-subscription-execution';

interface Metrics {
  total: number;
  sequence: number;
  days: number[];
}

function setup() {
  const queues: LiveQueue<Metrics>[] = [];
  let executions = 0;
  const Metrics = new GraphQLObjectType({
    name: 'Metrics',
    fields: { total: { type: GraphQLInt }, sequence: { type: GraphQLInt }, days: { type: new GraphQLList(GraphQLInt) } },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        metrics: {
          type: Metrics,
          subscribe: () => {
            const queue = new LiveQueue<Metrics>(() => undefined);
            queues.push(queue);
            return queue;
          },
          resolve: (root: Metrics) => {
            executions += 1;
            return root;
          },
        },
      },
    }),
  });
  const subscribe = createSharedSubscribe((context, audience) => `${audience}:${(context as { role: string }).role}`);
  const open = async (query: string, role = 'ADMIN') => (await subscribe({ schema, document: parse(query), contextValue: { role } })) as AsyncIterableIterator<ExecutionResult>;
  return { queues, open, executions: () => executions };
}

const QUERY = `subscription { metrics { total ...F } } fragment F on Metrics { n: sequence days }`;

describe('createSharedSubscribe', () => {
  it('executes an event once for subscribers of the same document and role, stamping each one its own fields (aliases too)', async () => {
    const { queues, open, executions } = setup();
    const first = await open(QUERY);
    const second = await open(QUERY);
    const root = { total: 10, sequence: 0, days: [1, 2] };
    queues[0]!.push(sharedLiveValue(root, { sequence: 4 }, 'role'));
    queues[1]!.push(sharedLiveValue(root, { sequence: 1 }, 'role'));
    const [a, b] = await Promise.all([first.next(), second.next()]);
    expect(a.value).toEqual({ data: { metrics: { total: 10, n: 4, days: [1, 2] } } });
    expect(b.value).toEqual({ data: { metrics: { total: 10, n: 1, days: [1, 2] } } });
    expect(executions()).toBe(1);
  });

  it('executes again for another role, another document or another event', async () => {
    const { queues, open, executions } = setup();
    const streams = [await open(QUERY), await open(QUERY, 'CLIENT'), await open(`subscription { metrics { total } }`)];
    const root = { total: 1, sequence: 0, days: [] };
    for (const queue of queues) queue.push(sharedLiveValue(root, { sequence: 1 }, 'role'));
    await Promise.all(streams.map((stream) => stream.next()));
    expect(executions()).toBe(3);
    queues[0]!.push(sharedLiveValue({ ...root }, { sequence: 2 }, 'role'));
    await streams[0]!.next();
    expect(executions()).toBe(4);
  });

  it('executes an ordinary value as graphql would', async () => {
    const { queues, open } = setup();
    const stream = await open(QUERY);
    queues[0]!.push({ total: 3, sequence: 7, days: [] });
    expect((await stream.next()).value).toEqual({ data: { metrics: { total: 3, n: 7, days: [] } } });
  });

  it('passes return() to the source while a next() is waiting', async () => {
    const { queues, open } = setup();
    const stream = await open(QUERY);
    const waiting = stream.next();
    await stream.return!();
    expect(await waiting).toEqual({ value: undefined, done: true });
    queues[0]!.push({ total: 3, sequence: 7, days: [] });
  });
});
