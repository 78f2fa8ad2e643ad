import type { ContextDeps } from '../core/graphql/context-factory';

export interface OutboxWorker {
  stop(): Promise<void>;
}

// TODO(helper): the outbox worker (issue 4).
export function startOutboxWorker(_deps: ContextDeps): OutboxWorker {
  return { stop: async () => undefined };
}
