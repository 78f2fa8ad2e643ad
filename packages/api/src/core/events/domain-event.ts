/** What other processes and live subscribers hear about. Ids only: pg_notify payloads stay small (8,000-byte limit). */
export type DomainEvent =
  | { type: 'finance.changed' }
  | { type: 'project.changed'; projectId: string }
  | { type: 'audit.added'; auditLogId: string; seq: string }
  /** A user's role or standing changed: every instance forgets what it cached about them. */
  | { type: 'user.changed'; userId: string }
  /** The bus may have missed events (its listening connection dropped): recompute from the database. */
  | { type: 'refresh' };

export function isDomainEvent(value: unknown): value is DomainEvent {
  const event = value as DomainEvent | null;
  switch (event?.type) {
    case 'finance.changed':
    case 'refresh':
      return true;
    case 'project.changed':
      return typeof event.projectId === 'string';
    case 'user.changed':
      return typeof event.userId === 'string';
    case 'audit.added':
      return typeof event.auditLogId === 'string' && typeof event.seq === 'string';
    default:
      return false;
  }
}

/** Drops repeats within a batch: a hundred payments make one finance event. */
export function dedupeEvents(events: readonly DomainEvent[]): DomainEvent[] {
  const seen = new Set<string>();
  return events.filter((event) => {
    const key = JSON.stringify(event);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
