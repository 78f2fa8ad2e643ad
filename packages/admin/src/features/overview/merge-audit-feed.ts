import type { AuditFeedLineFragment } from '../../gql/graphql';

export const FEED_SIZE = 10;

/**
 * Entries pushed live in front of the loaded page, newest first, each once: a refetch after a
 * reconnect may return an entry the subscription already delivered.
 */
export function mergeAuditFeed(live: readonly AuditFeedLineFragment[], loaded: readonly AuditFeedLineFragment[], size = FEED_SIZE): AuditFeedLineFragment[] {
  const byId = new Map<string, AuditFeedLineFragment>();
  for (const entry of [...live, ...loaded]) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return [...byId.values()].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)).slice(0, size);
}
