import { randomUUID } from 'node:crypto';
import { Client, type ClientConfig } from 'pg';
import type { Logger } from '../logging/logger';
import { dedupeEvents, isDomainEvent, type DomainEvent } from './domain-event';
import { LocalEventBus, type EventBus, type EventListener } from './event-bus';

export const EVENTS_CHANNEL = 'vejapro_events';
/** pg_notify refuses payloads of 8,000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7_500;
const FLUSH_DELAY_MS = 10;

interface Envelope {
  /** The publishing process: it has delivered its own events locally already. */
  o: string;
  e: DomainEvent[];
  /** When it was sent (ms since the epoch, the sender's clock): how late other processes hear it. */
  t?: number;
}

/**
 * Events across API processes over PostgreSQL LISTEN/NOTIFY: no infrastructure beyond
 * the database. Published events reach local subscribers at once and other processes
 * through NOTIFY, sent after commit (NOTIFY inside the business transaction halves the
 * commit rate), batched every few milliseconds. A dropped listening connection is
 * re-established and followed by a `refresh`, so subscribers recompute what they missed.
 */
export class PgNotifyEventBus implements EventBus {
  private readonly local = new LocalEventBus();
  private readonly origin = randomUUID();
  private pending: DomainEvent[] = [];
  private flushTimer: NodeJS.Timeout | undefined;
  private listener: Client | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly clientConfig: ClientConfig,
    private readonly notify: (payload: string) => Promise<unknown>,
    private readonly logger: Logger,
    /** Seconds between another process sending an envelope and this one receiving it. */
    private readonly onLag: (seconds: number) => void = () => undefined,
  ) {}

  async start(): Promise<void> {
    await this.listen();
  }

  publish(events: readonly DomainEvent[]): void {
    this.local.publish(events);
    this.pending.push(...events);
    this.flushTimer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
  }

  subscribe(listener: EventListener): () => void {
    return this.local.subscribe(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      await this.flush();
    }
    await this.listener?.end().catch(() => undefined);
    await this.local.close();
  }

  private async flush(): Promise<void> {
    this.flushTimer = undefined;
    const events = dedupeEvents(this.pending);
    this.pending = [];
    for (const payload of packEnvelopes(this.origin, events)) {
      try {
        await this.notify(payload);
      } catch (error) {
        // Other instances miss this batch; their next refresh or event catches them up.
        this.logger.warn({ err: error }, 'pg_notify failed');
      }
    }
  }

  private async listen(): Promise<void> {
    const client = new Client(this.clientConfig);
    client.on('notification', (message) => this.receive(message.payload));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    // Closed while connecting: this client must not keep the process alive.
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
  }

  private receive(payload: string | undefined): void {
    try {
      const envelope = JSON.parse(payload ?? '') as Envelope;
      if (envelope.o === this.origin || !Array.isArray(envelope.e)) return;
      if (typeof envelope.t === 'number') this.onLag(Math.max(0, Date.now() - envelope.t) / 1000);
      this.local.publish(envelope.e.filter(isDomainEvent));
    } catch {
      this.logger.warn('ignored a malformed event notification');
    }
  }

  private lost(client: Client, error?: Error): void {
    if (this.closed || this.listener !== client) return;
    this.listener = undefined;
    this.logger.warn({ err: error }, 'event listener connection lost; reconnecting');
    client.end().catch(() => undefined);
    this.scheduleReconnect(100);
  }

  private scheduleReconnect(delayMs: number): void {
    if (this.closed) return;
    this.reconnectTimer = setTimeout(async () => {
      try {
        await this.listen();
        this.logger.info('event listener reconnected');
        this.local.publish([{ type: 'refresh' }]);
      } catch {
        this.scheduleReconnect(Math.min(delayMs * 2, 5_000));
      }
    }, delayMs);
  }
}

/** Splits events into NOTIFY payloads under the size limit. */
export function packEnvelopes(origin: string, events: readonly DomainEvent[]): string[] {
  const payloads: string[] = [];
  let batch: DomainEvent[] = [];
  const sentAt = Date.now();
  const encode = (list: DomainEvent[]) => JSON.stringify({ o: origin, e: list, t: sentAt } satisfies Envelope);
  for (const event of events) {
    if (batch.length && Buffer.byteLength(encode([...batch, event])) > MAX_PAYLOAD_BYTES) {
      payloads.push(encode(batch));
      batch = [];
    }
    batch.push(event);
  }
  if (batch.length) payloads.push(encode(batch));
  return payloads;
}
