import type { DataSource } from 'typeorm';
import type { AppConfig } from '../core/config/config';
import type { EventBus } from '../core/events/event-bus';
import { LiveQueue } from '../core/events/live-queue';
import { sharedLiveValue } from '../core/events/shared-live-value';
import type { Logger } from '../core/logging/logger';
import { computeFinanceMetrics } from './finance-metrics.service';
import type { FinanceMetrics } from './finance-metrics.type';

/** After a snapshot is sent, further movements within this window are coalesced into one more. */
export const COALESCE_MS = 200;

interface Subscriber {
  days: number;
  sequence: number;
  queue: LiveQueue<FinanceMetrics>;
}

/**
 * `financeMetricsUpdated`: a snapshot at once on subscribe, then one after changes.
 * A movement after a quiet period is sent at once (leading edge); what follows within the
 * window is coalesced into one recomputation at its end. Each recomputation is done once
 * per distinct `days` value and shared by every subscriber of it, not once per subscriber.
 */
export class FinanceMetricsLive {
  private readonly subscribers = new Set<Subscriber>();
  private timer: NodeJS.Timeout | undefined;
  /** A movement arrived while the window was open. */
  private pending = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly logger: Logger,
    bus: EventBus,
  ) {
    this.unsubscribe = bus.subscribe((event) => {
      if (event.type === 'finance.changed' || event.type === 'refresh') this.schedule();
    });
  }

  subscribe(days: number): AsyncIterableIterator<FinanceMetrics> {
    const subscriber: Subscriber = { days, sequence: 0, queue: new LiveQueue<FinanceMetrics>(() => this.subscribers.delete(subscriber), { latestOnly: true }) };
    this.subscribers.add(subscriber);
    computeFinanceMetrics(this.dataSource, this.config, days).then(
      (snapshot) => this.send(subscriber, snapshot),
      (error: unknown) => this.logger.error({ err: error }, 'finance snapshot failed'),
    );
    return subscriber.queue;
  }

  close(): void {
    clearTimeout(this.timer);
    this.unsubscribe();
    for (const subscriber of this.subscribers) subscriber.queue.close();
  }

  private send(subscriber: Subscriber, snapshot: FinanceMetrics): void {
    subscriber.sequence += 1;
    // One snapshot object for every subscriber of this `days`: executed once per document and role; only the sequence is their own.
    subscriber.queue.push(sharedLiveValue(snapshot, { sequence: subscriber.sequence }, 'role'));
  }

  private schedule(): void {
    if (this.subscribers.size === 0) return;
    if (this.timer) {
      this.pending = true;
      return;
    }
    void this.recompute();
    this.openWindow();
  }

  private openWindow(): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.pending) return;
      this.pending = false;
      void this.recompute();
      this.openWindow();
    }, COALESCE_MS);
  }

  private async recompute(): Promise<void> {
    const windows = new Set([...this.subscribers].map((subscriber) => subscriber.days));
    for (const days of windows) {
      try {
        const snapshot = await computeFinanceMetrics(this.dataSource, this.config, days);
        for (const subscriber of this.subscribers) if (subscriber.days === days) this.send(subscriber, snapshot);
      } catch (error) {
        this.logger.error({ err: error }, 'finance snapshot failed');
      }
    }
  }
}

declare module '../core/events/live-hubs' {
  interface LiveHubs {
    finance: FinanceMetricsLive;
  }
}
