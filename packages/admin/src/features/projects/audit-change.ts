import { formatDateTime, formatMoney, formatNumber } from '../../lib/format';
import { i18n } from '../../lib/i18n';

export interface ChangedValue {
  key: string;
  label: string;
  from?: string;
  to?: string;
}

type Values = Record<string, unknown> | null | undefined;
type NameOf = (id: string) => string | undefined;

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

// Where the words for an enum value live, by the snapshot key that holds it; the first that has one wins.
const ENUM_KEYS: Record<string, readonly string[]> = {
  status: ['common:status', 'projects:paymentStatus'],
  paymentType: ['projects:paymentType'],
  provider: ['projects:paymentProvider'],
  method: ['projects:paymentMethod'],
  category: ['projects:evidenceCategory'],
};

const label = (key: string) => i18n.t(`auditField.${key}`, { ns: 'projects', defaultValue: key });

function enumWord(key: string, value: string): string {
  for (const place of ENUM_KEYS[key] ?? []) {
    const [ns, prefix] = place.split(':');
    const path = `${prefix}.${value}`;
    if (ns && i18n.exists(path, { ns })) return i18n.t(path, { ns });
  }
  return value;
}

/** One snapshot value as a person reads it: enums in words, cents as money, dates, user ids as names. */
function show(key: string, value: unknown, sibling: Values, nameOf: NameOf): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return i18n.t(value ? 'yes' : 'no', { ns: 'common' });
  if (typeof value === 'number') {
    const currency = sibling?.['currency'];
    return /amount/i.test(key) && typeof currency === 'string' ? formatMoney(value, currency.toUpperCase()) : formatNumber(value);
  }
  if (typeof value === 'string') {
    if (key.endsWith('Id')) return nameOf(value) ?? value;
    if (ISO_DATE_TIME.test(value)) return formatDateTime(value);
    return enumWord(key, value);
  }
  if (Array.isArray(value)) return value.map((item) => show(key, item, sibling, nameOf)).join(', ');
  if (typeof value === 'object') {
    const inner = value as Record<string, unknown>;
    return Object.entries(inner)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${label(k)}: ${show(k, v, inner, nameOf)}`)
      .join(', ');
  }
  return String(value);
}

/**
 * What an audit entry changed, compactly: `Status: Draft → Deposit paid` for keys in both
 * snapshots that differ, the value alone for keys only the new one has. Unchanged keys and
 * empty values of a new record are left out.
 */
export function changedValues(oldValue: Values, newValue: Values, nameOf: NameOf): ChangedValue[] {
  const keys = [...new Set([...Object.keys(oldValue ?? {}), ...Object.keys(newValue ?? {})])];
  const changes: ChangedValue[] = [];
  for (const key of keys) {
    const hadBefore = !!oldValue && key in oldValue;
    const hasAfter = !!newValue && key in newValue;
    if (!hadBefore && hasAfter && (newValue[key] === null || newValue[key] === undefined)) continue;
    const before = hadBefore ? show(key, oldValue[key], oldValue, nameOf) : undefined;
    const after = hasAfter ? show(key, newValue[key], newValue, nameOf) : undefined;
    if (before !== undefined && before === after) continue;
    changes.push({ key, label: label(key), ...(before !== undefined ? { from: before } : {}), ...(after !== undefined ? { to: after } : {}) });
  }
  return changes;
}
