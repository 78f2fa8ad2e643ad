/**
 * What retention writes over personal data. The audit log's guard (migration 1763800000600)
 * lets an UPDATE through only when it replaces values with exactly this text.
 */
export const MASK = '[MASKED]';

/** Which values are personal: under a field name of PII_REDACTION_FIELDS, or equal to one of the project's own values. */
export interface MaskRule {
  /** Lower-cased field names. */
  fields: ReadonlySet<string>;
  /** The project's personal values (client name, phone, e-mail, address) as stored. */
  values: ReadonlySet<string>;
}

/** The project's client columns, each with the names it goes by (entity field, `clientInfo` field). */
export const CLIENT_COLUMNS = [
  { column: 'client_name', names: ['clientName', 'name'] },
  { column: 'client_phone', names: ['clientPhone', 'phone'] },
  { column: 'client_email', names: ['clientEmail', 'email'] },
  { column: 'client_address', names: ['clientAddress', 'address'] },
] as const;

export type ClientColumn = (typeof CLIENT_COLUMNS)[number]['column'];

/** The client columns PII_REDACTION_FIELDS names (by either of their names). */
export function personalColumns(fields: ReadonlySet<string>): ClientColumn[] {
  return CLIENT_COLUMNS.filter(({ names }) => names.some((name) => fields.has(name.toLowerCase()))).map(({ column }) => column);
}

/**
 * A copy of a JSON value (an audit entry's old or new value) with personal values replaced by
 * MASK: anything under a personal field name, and any string equal to one of the project's
 * values. Keys, array lengths and every other value stay as they are, which is what the audit
 * log's guard checks.
 */
export function maskJson(value: unknown, rule: MaskRule): unknown {
  if (typeof value === 'string') return rule.values.has(value) ? MASK : value;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => maskJson(item, rule));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = rule.fields.has(key.toLowerCase()) && inner != null ? MASK : maskJson(inner, rule);
  }
  return out;
}

/** A message text with every occurrence of the project's values replaced by MASK (longest first, so a value inside another goes with it). */
export function maskText(text: string, values: ReadonlySet<string>): string {
  return [...values].sort((a, b) => b.length - a.length).reduce((masked, value) => masked.replaceAll(value, MASK), text);
}
