import { EventEmitter } from 'node:events';

/** Wakes this process' outbox worker when a transaction that enqueued a message commits (it also polls). */
export const outboxSignal = new EventEmitter();
outboxSignal.setMaxListeners(50);
