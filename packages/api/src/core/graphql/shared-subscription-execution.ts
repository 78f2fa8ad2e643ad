import {
  createSourceEventStream,
  execute,
  getNamedType,
  getNullableType,
  getOperationAST,
  isLeafType,
  isObjectType,
  print,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLLeafType,
  type SelectionSetNode,
} from 'graphql';
import { sharedOriginOf, type SharedAudience } from '../events/shared-live-value';
import type { FrameSlot, SharedFrames } from './shared-frames';

/** The part of a subscriber's context that decides what it may see, for the given audience. */
export type VisibilityKey = (contextValue: unknown, audience: SharedAudience) => string;

/** Where per-subscriber fields go in a result: the root field's response key and, per field name, its response keys. */
interface StampPlan {
  rootKey: string;
  leaves: Map<string, Array<{ responseKey: string; type: GraphQLLeafType }>>;
  /** Every field name selected on the root field's object: an own field selected but not stampable is executed per subscriber. */
  selected: Set<string>;
  /** The same leaves, as the holes of a serialised frame. */
  slots: FrameSlot[];
}

/**
 * graphql's `subscribe`, but an event pushed with `sharedLiveValue` is executed once per distinct
 * (document, variables, visibility) and the result reused by every subscriber of that event, with
 * only its own scalar fields stamped in. graphql-ws otherwise executes the same payload once per
 * subscriber, which with 1,000 subscribers dominated the fan-out time (issue 12). With `frames`,
 * the shared result is also serialised once (shared-frames.ts) instead of once per subscriber.
 */
export function createSharedSubscribe(visibilityOf: VisibilityKey, frames?: SharedFrames) {
  // Keyed by the event's shared root, so the results go when the event does.
  const results = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

  return async function subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterable(stream)) return stream;
    const plan = stampPlan(args);
    let documentKey: string | undefined;

    return mapAsyncIterator(stream, async (event) => {
      const origin = sharedOriginOf(event);
      if (!origin || !plan || !Object.keys(origin.own).every((name) => plan.leaves.has(name) || !plan.selected.has(name))) {
        return execute({ ...args, rootValue: event });
      }
      documentKey ??= `${args.operationName ?? ''}\n${print(args.document)}\n${JSON.stringify(args.variableValues ?? {})}`;
      const key = `${documentKey}\n${visibilityOf(args.contextValue, origin.audience)}`;
      let byKey = results.get(origin.root);
      if (!byKey) results.set(origin.root, (byKey = new Map()));
      let shared = byKey.get(key);
      if (!shared) byKey.set(key, (shared = Promise.resolve(execute({ ...args, rootValue: origin.root }))));
      const result = await shared;
      if (frames && !result.errors && typeof result.data?.[plan.rootKey] === 'object' && result.data[plan.rootKey] !== null) {
        // Holes only where this event's own values go (the same names for every subscriber of the event).
        return frames.payload(
          result,
          plan.rootKey,
          plan.slots.filter((slot) => slot.name in origin.own),
          origin.own,
        );
      }
      return stamp(result, plan, origin.own);
    });
  };
}

function stamp(result: ExecutionResult, plan: StampPlan, own: Record<string, unknown>): ExecutionResult {
  const shared = result.data?.[plan.rootKey];
  if (typeof shared !== 'object' || shared === null) return result;
  const copy: Record<string, unknown> = { ...(shared as Record<string, unknown>) };
  for (const [name, value] of Object.entries(own)) {
    for (const { responseKey, type } of plan.leaves.get(name) ?? []) if (responseKey in copy) copy[responseKey] = value == null ? null : type.serialize(value);
  }
  return { ...result, data: { ...result.data, [plan.rootKey]: copy } };
}

/** Computed once per subscription; undefined when the root field does not return an object (nothing is shared then). */
function stampPlan({ schema, document, operationName }: ExecutionArgs): StampPlan | undefined {
  const operation = getOperationAST(document, operationName);
  const rootType = schema.getSubscriptionType();
  if (!operation || !rootType) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition);

  const rootFields = fieldsOf(operation.selectionSet, fragments);
  const first = rootFields[0];
  // Subscriptions have one root field (validated); several nodes may repeat it.
  if (!first || rootFields.some((field) => (field.alias ?? field.name).value !== (first.alias ?? first.name).value)) return undefined;
  const returnType = getNullableType(rootType.getFields()[first.name.value]?.type);
  if (!isObjectType(returnType)) return undefined;

  const leaves: StampPlan['leaves'] = new Map();
  const selected = new Set<string>();
  const fieldTypes = returnType.getFields();
  for (const root of rootFields) {
    for (const field of root.selectionSet ? fieldsOf(root.selectionSet, fragments) : []) {
      selected.add(field.name.value);
      const type = fieldTypes[field.name.value] && getNullableType(fieldTypes[field.name.value]!.type);
      if (!type || !isLeafType(type) || getNamedType(type) !== type) continue;
      const entries = leaves.get(field.name.value) ?? [];
      const responseKey = (field.alias ?? field.name).value;
      if (!entries.some((entry) => entry.responseKey === responseKey)) entries.push({ responseKey, type });
      leaves.set(field.name.value, entries);
    }
  }
  const slots = [...leaves].flatMap(([name, entries]) => entries.map(({ responseKey, type }) => ({ name, responseKey, type })));
  return { rootKey: (first.alias ?? first.name).value, leaves, selected, slots };
}

/** The fields of a selection set, through inline fragments and fragment spreads (whose fields merge into the same object). */
function fieldsOf(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'Field') fields.push(selection);
    else if (selection.kind === 'InlineFragment') fields.push(...fieldsOf(selection.selectionSet, fragments, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) fields.push(...fieldsOf(fragment.selectionSet, fragments, seen));
    }
  }
  return fields;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** graphql-js' own mapAsyncIterator: `return()` reaches the source at once, even while a `next()` waits. */
function mapAsyncIterator<T, U>(iterable: AsyncIterable<T>, map: (value: T) => Promise<U>): AsyncIterableIterator<U> {
  const iterator = iterable[Symbol.asyncIterator]();
  const mapResult = async (result: IteratorResult<T>): Promise<IteratorResult<U>> => {
    if (result.done) return { value: undefined, done: true };
    try {
      return { value: await map(result.value), done: false };
    } catch (error) {
      await iterator.return?.().catch(() => undefined);
      throw error;
    }
  };
  const mapped: AsyncIterableIterator<U> = {
    next: async () => mapResult(await iterator.next()),
    // graphql-ws calls return() on Complete and on close; it must reach the hub to unsubscribe.
    return: async () => (iterator.return ? mapResult(await iterator.return()) : { value: undefined, done: true }),
    throw: async (error: unknown) => {
      if (iterator.throw) return mapResult(await iterator.throw(error));
      throw error;
    },
    [Symbol.asyncIterator]: () => mapped,
  };
  return mapped;
}
