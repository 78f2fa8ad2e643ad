export const REDACTED = '[REDACTED]';

/**
 * Deep copy of `value` with every property whose name is one of `fields`
 * (case-insensitive, at any depth) replaced by a marker. Used on every log line,
 * so personal data (phone, e-mail, address) never reaches log storage even
 * when someone logs a whole entity or provider payload.
 */
export function redactPii(value: unknown, fields: ReadonlySet<string>, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) return value.map((item) => redactPii(item, fields, depth + 1));
  // Class instances (requests, responses, errors, dates) go to their own serializers untouched:
  // copying them would lose the getters those serializers read.
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = fields.has(key.toLowerCase()) && inner != null ? REDACTED : redactPii(inner, fields, depth + 1);
  }
  return out;
}

export function piiFieldSet(fields: readonly string[]): ReadonlySet<string> {
  return new Set(fields.map((field) => field.toLowerCase()));
}
