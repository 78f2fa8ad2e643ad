import { afterCommit } from '../db/transaction';
import type { RequestContext } from '../context/request-context';
import type { DomainEvent } from './domain-event';

/** Announces committed work only: the event leaves when the surrounding transaction commits. */
export function publishAfterCommit(ctx: RequestContext, event: DomainEvent): void {
  const events = ctx.events;
  if (!events) return;
  afterCommit(ctx, () => events.publish([event]));
}
