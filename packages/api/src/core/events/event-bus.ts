import { EventEmitter } from 'node:events';
import type { DomainEvent } from './domain-event';

export type EventListener = (event: DomainEvent) => void;

/** Where committed work is announced. One process: LocalEventBus; several: PgNotifyEventBus. */
export interface EventBus {
  publish(events: readonly DomainEvent[]): void;
  subscribe(listener: EventListener): () => void;
  close(): Promise<void>;
}

export class LocalEventBus implements EventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  publish(events: readonly DomainEvent[]): void {
    for (const event of events) this.emitter.emit('event', event);
  }

  subscribe(listener: EventListener): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}
