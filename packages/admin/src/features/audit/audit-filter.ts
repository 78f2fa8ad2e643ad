import type { ActorType, AuditLogFilter, AuditLogRowFragment } from '../../gql/graphql';

export const ENTITY_TYPES = ['project', 'payment', 'evidence', 'margin_rule', 'call_request', 'webhook_delivery', 'user'] as const;
export const ACTOR_TYPES: readonly ActorType[] = ['ADMIN', 'CONTRACTOR', 'EXPERT', 'CLIENT', 'SYSTEM', 'SYSTEM_STRIPE', 'SYSTEM_TWILIO', 'SYSTEM_EMAIL'];

/** The filter as the URL keeps it: dates are calendar days (`2026-03-01`), empty means "any". */
export interface AuditFilterParams {
  entityType: string;
  entityId: string;
  actorType: string;
  from: string;
  to: string;
}

export const FILTER_KEYS = ['entityType', 'entityId', 'actorType', 'from', 'to'] as const satisfies ReadonlyArray<keyof AuditFilterParams>;

export function readFilterParams(params: URLSearchParams): AuditFilterParams {
  return {
    entityType: params.get('entityType') ?? '',
    entityId: params.get('entityId') ?? '',
    actorType: params.get('actorType') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Midnight of the day in the browser's time zone, as the admin means "from 3 March". */
export function dayStartIso(day: string): string {
  return new Date(`${day}T00:00:00`).toISOString();
}

/** The end of the day: the API's `to` is exclusive, so the next day's midnight. */
export function dayEndIso(day: string): string {
  const next = new Date(`${day}T00:00:00`);
  next.setDate(next.getDate() + 1);
  return next.toISOString();
}

/**
 * The API filter. Only keys with a value are present, so the same filter always makes the
 * same cache key (live entries are written into that cached page).
 */
export function toApiFilter(params: AuditFilterParams): AuditLogFilter | undefined {
  const filter: AuditLogFilter = {};
  if (params.entityType) filter.entityType = params.entityType;
  if (params.entityId) filter.entityId = params.entityId;
  if (params.actorType) filter.actorType = params.actorType;
  if (isDay(params.from)) filter.from = dayStartIso(params.from);
  if (isDay(params.to)) filter.to = dayEndIso(params.to);
  return Object.keys(filter).length ? filter : undefined;
}

/** Whether a live entry belongs on the page the filter shows. */
export function matchesFilter(entry: AuditLogRowFragment, filter: AuditLogFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.entityType && entry.entityType !== filter.entityType) return false;
  if (filter.entityId && entry.entityId !== filter.entityId) return false;
  if (filter.actorType && entry.actorType !== filter.actorType) return false;
  const at = Date.parse(entry.createdAt);
  if (filter.from && at < Date.parse(filter.from)) return false;
  if (filter.to && at >= Date.parse(filter.to)) return false;
  return true;
}

export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
