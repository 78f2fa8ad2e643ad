import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { withDeadline } from '../core/async/with-deadline';
import { counter, gauge } from '../core/metrics/metrics-registry';
import type { MessageChannel } from './outbound-message.enums';

/** A scrape must not wait on a slow database: past this the previous figures are reported again. */
const BACKLOG_QUERY_DEADLINE_MS = 1_000;

export type SendResult = 'sent' | 'captured' | 'retry' | 'failed';

export interface OutboxMetrics {
  attempt(channel: MessageChannel, result: SendResult): void;
}

/**
 * The outbox backlog, read from the table at scrape time (every instance reports the same shared
 * figures): PENDING and given-up FAILED messages, and how long the oldest due message has waited.
 * Send attempts are counted by the instance that made them.
 */
export function outboxMetrics(registry: Registry | undefined, dataSource: DataSource): OutboxMetrics {
  if (!registry) return { attempt: () => undefined };
  const attempts = counter(registry, {
    name: 'vejapro_outbox_send_attempts_total',
    help: 'Outbox send attempts by channel and result (sent, captured, retry = failed and rescheduled, failed = given up)',
    labelNames: ['channel', 'result'] as const,
  });
  let last = { pending: 0, failed: 0, oldestDueSeconds: 0 };
  const read = async () => {
    try {
      const [row] = await withDeadline(
        dataSource.query(
          `SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
                  count(*) FILTER (WHERE status = 'FAILED')::int AS failed,
                  coalesce(extract(epoch FROM now() - min(next_attempt_at) FILTER (WHERE status = 'PENDING' AND next_attempt_at <= now())), 0)::float AS oldest
             FROM outbound_messages WHERE status IN ('PENDING', 'FAILED')`,
        ) as Promise<Array<{ pending: number; failed: number; oldest: number }>>,
        BACKLOG_QUERY_DEADLINE_MS,
        'outbox backlog query',
      );
      if (row) last = { pending: row.pending, failed: row.failed, oldestDueSeconds: row.oldest };
    } catch {
      // Reported as last seen; the database's trouble shows in /health/details and the pool metrics.
    }
    return last;
  };
  // Both gauges are collected in one scrape: they share one query.
  let reading: Promise<typeof last> | undefined;
  const readOnce = () => (reading ??= read().finally(() => (reading = undefined)));
  gauge(registry, {
    name: 'vejapro_outbox_messages',
    help: 'Outbox messages waiting to be sent (pending) or given up (failed)',
    labelNames: ['status'] as const,
    async collect() {
      const backlog = await readOnce();
      this.set({ status: 'pending' }, backlog.pending);
      this.set({ status: 'failed' }, backlog.failed);
    },
  });
  gauge(registry, {
    name: 'vejapro_outbox_oldest_due_seconds',
    help: 'How long the oldest due PENDING outbox message has been waiting',
    async collect() {
      this.set((await readOnce()).oldestDueSeconds);
    },
  });
  return { attempt: (channel, result) => attempts.inc({ channel, result }) };
}
