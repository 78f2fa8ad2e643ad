import type { DataSource } from 'typeorm';
import type { Viewer } from '../core/auth/viewer';
import { Role } from '../core/auth/role';
import type { EventBus } from '../core/events/event-bus';
import { LiveQueue } from '../core/events/live-queue';
import { sharedLiveValue } from '../core/events/shared-live-value';
import type { Logger } from '../core/logging/logger';
import { AuditLog } from './audit-log.entity';

interface Subscriber {
  viewer: Viewer;
  queue: LiveQueue<AuditLog>;
}

/**
 * `auditLogAdded`: each new entry is loaded once and sent to every admin subscriber.
 * After the bus reconnects (`refresh`), entries committed meanwhile are found by their
 * sequence numbers and sent too, so nothing is missed; `onCatchUp` tells other hubs.
 */
export class AuditLogLive {
  private readonly subscribers = new Set<Subscriber>();
  private lastSeq = 0n;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
    bus: EventBus,
    private readonly onCatchUp: (entries: AuditLog[]) => void,
  ) {
    this.unsubscribe = bus.subscribe((event) => {
      if (event.type === 'audit.added') void this.deliver(event.auditLogId, BigInt(event.seq));
      if (event.type === 'refresh') void this.catchUp();
    });
  }

  async start(): Promise<void> {
    const [row] = await this.dataSource.query(`SELECT coalesce(max(seq), 0)::text AS seq FROM audit_logs`);
    this.lastSeq = BigInt(row.seq);
  }

  subscribe(viewer: Viewer): AsyncIterableIterator<AuditLog> {
    const subscriber: Subscriber = { viewer, queue: new LiveQueue<AuditLog>(() => this.subscribers.delete(subscriber)) };
    this.subscribers.add(subscriber);
    return subscriber.queue;
  }

  close(): void {
    this.unsubscribe();
    for (const subscriber of this.subscribers) subscriber.queue.close();
  }

  private push(entry: AuditLog): void {
    // Its fields depend on nothing of the viewer but the (ADMIN) role: executed once for every admin.
    const shared = sharedLiveValue(entry, {}, 'role');
    for (const subscriber of this.subscribers) if (subscriber.viewer.role === Role.ADMIN) subscriber.queue.push(shared);
  }

  private async deliver(id: string, seq: bigint): Promise<void> {
    if (seq > this.lastSeq) this.lastSeq = seq;
    if (this.subscribers.size === 0) return;
    try {
      const entry = await this.dataSource.getRepository(AuditLog).findOneBy({ id });
      if (entry) this.push(entry);
    } catch (error) {
      this.logger.error({ err: error }, 'live audit entry could not be loaded');
    }
  }

  private async catchUp(): Promise<void> {
    try {
      const missed = await this.dataSource
        .getRepository(AuditLog)
        .createQueryBuilder('a')
        .where('a.seq > :seq', { seq: this.lastSeq.toString() })
        .orderBy('a.seq', 'ASC')
        .limit(1000)
        .getMany();
      for (const entry of missed) {
        this.lastSeq = BigInt(entry.seq);
        this.push(entry);
      }
      if (missed.length) this.onCatchUp(missed);
    } catch (error) {
      this.logger.error({ err: error }, 'live audit catch-up failed');
    }
  }
}

declare module '../core/events/live-hubs' {
  interface LiveHubs {
    audit: AuditLogLive;
  }
}
