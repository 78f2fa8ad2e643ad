/** One key of an audit entry's values: what it was (absent on creation) and what it became. */
export interface ValueChange {
  key: string;
  before?: string;
  after?: string;
}

const MAX_LENGTH = 40;

/** A value short enough for a table cell: JSON for objects, cut with an ellipsis. */
export function shortValue(value: unknown): string {
  const text = value === null || value === undefined ? '∅' : typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

/** The keys whose value differs between the two snapshots, in the order they were written. */
export function valueChanges(oldValue: Record<string, unknown> | null, newValue: Record<string, unknown> | null): ValueChange[] {
  const keys = [...new Set([...Object.keys(newValue ?? {}), ...Object.keys(oldValue ?? {})])];
  const changes: ValueChange[] = [];
  for (const key of keys) {
    const hadBefore = oldValue !== null && key in oldValue;
    const hasAfter = newValue !== null && key in newValue;
    if (hadBefore && hasAfter && JSON.stringify(oldValue[key]) === JSON.stringify(newValue[key])) continue;
    changes.push({ key, ...(hadBefore ? { before: shortValue(oldValue[key]) } : {}), ...(hasAfter ? { after: shortValue(newValue[key]) } : {}) });
  }
  return changes;
}
