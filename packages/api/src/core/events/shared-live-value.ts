/**
 * Who may be given the same executed result: every subscriber whose viewer has the same role
 * (the payload's fields depend on nothing else of the viewer), or only the same viewer.
 */
export type SharedAudience = 'role' | 'viewer';

export interface SharedOrigin {
  /** The object every subscriber of this event receives; executed once per document, variables and audience. */
  root: object;
  /** Top-level scalar fields that differ per subscriber, stamped into the shared result. */
  own: Record<string, unknown>;
  audience: SharedAudience;
}

const origins = new WeakMap<object, SharedOrigin>();

/**
 * What a live hub pushes when one event goes to many subscribers: `{ ...root, ...own }`, remembered
 * as derived from `root`, so the websocket server executes the subscription once for all of them
 * and only stamps `own` (e.g. a per-subscription sequence) into each copy (issue 12). The value is
 * an ordinary root too: executed on its own it gives the same result. With own fields the copy is
 * a plain object, so `root` should be one too.
 */
export function sharedLiveValue<T extends object>(root: T, own: Partial<T>, audience: SharedAudience): T {
  // Without own fields the root itself is what every subscriber gets (an entity keeps its class).
  const value = Object.keys(own).length > 0 ? { ...root, ...own } : root;
  origins.set(value, { root, own: own as Record<string, unknown>, audience });
  return value;
}

export function sharedOriginOf(value: unknown): SharedOrigin | undefined {
  return typeof value === 'object' && value !== null ? origins.get(value) : undefined;
}
