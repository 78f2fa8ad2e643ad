import { describe, expect, it } from 'vitest';
import type { DomainEvent } from './domain-event';
import { dedupeEvents } from './domain-event';
import { packEnvelopes } from './pg-notify-event-bus';

describe('event notifications', () => {
  it("stay under pg_notify's 8,000-byte limit, however many events", () => {
    const events: DomainEvent[] = Array.from({ length: 1000 }, (_, i) => ({ type: 'project.changed', projectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
    const payloads = packEnvelopes('origin', events);
    expect(payloads.length).toBeGreaterThan(1);
    expect(payloads.every((p) => Buffer.byteLength(p) < 8000)).toBe(true);
    expect(payloads.flatMap((p) => JSON.parse(p).e)).toEqual(events);
  });

  it('collapse repeats of one event within a batch', () => {
    const events: DomainEvent[] = [{ type: 'finance.changed' }, { type: 'finance.changed' }, { type: 'project.changed', projectId: 'a' }];
    expect(dedupeEvents(events)).toEqual([{ type: 'finance.changed' }, { type: 'project.changed', projectId: 'a' }]);
  });
});
