import { describe, expect, it } from 'vitest';
import type { AuditFeedLineFragment } from '../../gql/graphql';
import { mergeAuditFeed } from './merge-audit-feed';

const entry = (id: string, minute: number): AuditFeedLineFragment => ({
  id,
  createdAt: `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`,
  action: 'STATUS_CHANGED',
  entityType: 'project',
  entityId: 'p1',
  actorType: 'ADMIN',
});

describe('the live audit feed', () => {
  it('puts new entries first and keeps the newest ten', () => {
    const loaded = Array.from({ length: 10 }, (_, i) => entry(`old-${i}`, 10 - i));
    const feed = mergeAuditFeed([entry('new', 30)], loaded);
    expect(feed).toHaveLength(10);
    expect(feed[0]!.id).toBe('new');
    expect(feed.map((e) => e.id)).not.toContain('old-9');
  });

  it('shows an entry once when a refetch returns what the subscription already delivered', () => {
    const feed = mergeAuditFeed([entry('a', 20)], [entry('a', 20), entry('b', 5)]);
    expect(feed.map((e) => e.id)).toEqual(['a', 'b']);
  });
});
