import type { EntityManager } from 'typeorm';
import type { ContextDeps } from '../core/context/context-factory';
import { retryDelayMs, shouldRetry } from './backoff';
import { createEmailSender } from './email-sender';
import { OutboundMessage } from './outbound-message.entity';
import { MessageChannel, OutboundMessageStatus } from './outbound-message.enums';
import { outboxMetrics } from './outbox-metrics';
import { outboxSignal } from './outbox-signal';
import { maskSecrets } from './outbox.service';
import { createSmsSender } from './sms-sender';

export interface OutboxWorker {
  /** Stops polling, waits for a send in flight, then resolves. */
  stop(): Promise<void>;
}

/** Catches rows a signal did not announce: written by another instance, or due after a backoff. */
const POLL_INTERVAL_MS = 1_000;
/** Each provider step (Twilio request; SMTP connect, greeting, socket idle) gives up after this. */
const PROVIDER_TIMEOUT_MS = 10_000;
/**
 * The worker's own limit, beyond the senders' worst case (three SMTP steps): when it fires the
 * provider may still deliver, so the retry waits long instead of risking a quick second copy.
 */
const SEND_DEADLINE_MS = 45_000;
const UNKNOWN_OUTCOME_RETRY_MS = 15 * 60_000;

class SendDeadlineExceeded extends Error {}

type Send = (message: OutboundMessage) => Promise<string>;

/**
 * Sends PENDING messages that are due, one per transaction: the row is picked with
 * FOR UPDATE SKIP LOCKED and stays locked while the provider is called, so two API
 * instances never send the same row, and its outcome is written in that transaction.
 * All state is in the table, so a restart simply continues. Delivery is at least once:
 * a crash between the provider's answer and the commit sends that message again.
 */
export function startOutboxWorker(deps: ContextDeps): OutboxWorker {
  const { config } = deps;
  const logger = deps.logger.child({ component: 'outbox' });
  const sms = createSmsSender(config.twilio, PROVIDER_TIMEOUT_MS);
  const email = createEmailSender(config.smtp, PROVIDER_TIMEOUT_MS);
  const metrics = outboxMetrics(deps.metrics, deps.dataSource);
  const senders: Record<MessageChannel, Send | null> = {
    [MessageChannel.SMS]: sms && ((message) => sms.send(message.recipient, message.body)),
    [MessageChannel.EMAIL]: email && ((message) => email.send({ to: message.recipient, subject: message.subject ?? config.company.name, text: message.body })),
  };

  let stopped = false;
  let running: Promise<void> | undefined;
  let wakeAgain = false;

  /** Runs one drain at a time; a wake-up during a drain runs another, so a row committed meanwhile is not left for the poll. */
  const wake = (): void => {
    if (stopped) return;
    if (running) {
      wakeAgain = true;
      return;
    }
    wakeAgain = false;
    running = drain().finally(() => {
      running = undefined;
      if (wakeAgain) wake();
    });
  };

  /** Sends while rows are due. Never rejects: a failure is logged and the next poll tries again. */
  async function drain(): Promise<void> {
    while (!stopped) {
      try {
        if (!(await processNext())) return;
      } catch (error) {
        logger.error({ err: safeError(error) }, 'outbox worker failed');
        return;
      }
    }
  }

  function processNext(): Promise<boolean> {
    return deps.dataSource.transaction(async (manager) => {
      const message = await manager
        .getRepository(OutboundMessage)
        .createQueryBuilder('m')
        .where('m.status = :pending', { pending: OutboundMessageStatus.PENDING })
        .andWhere('m.next_attempt_at <= now()')
        .orderBy('m.next_attempt_at', 'ASC')
        .limit(1)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getOne();
      if (!message) return false;
      await deliver(manager, message);
      return true;
    });
  }

  async function deliver(manager: EntityManager, message: OutboundMessage): Promise<void> {
    const { id, channel } = message;
    const send = senders[channel];
    if (!send && !config.isProduction) {
      await manager.query(`UPDATE outbound_messages SET status = $2, updated_at = clock_timestamp() WHERE id = $1`, [id, OutboundMessageStatus.CAPTURED]);
      metrics.attempt(channel, 'captured');
      // Development only (production requires provider credentials): the log stands in for the
      // phone or inbox. The recipient stays out, and so do tokens: logs are not a place for
      // credentials (point SMTP_HOST at a local mail catcher to follow a link).
      logger.info({ id, channel, subject: message.subject, text: maskSecrets(message.body, message.secrets) }, 'outbox message captured (no provider credentials)');
      return;
    }
    let providerMessageId: string;
    try {
      if (!send) throw new Error(`no ${channel} provider credentials`);
      providerMessageId = await withDeadline(send(message), SEND_DEADLINE_MS);
    } catch (error) {
      // Senders reject with messages that hold no address, number or body (see sms-sender, email-sender).
      const delayMs = error instanceof SendDeadlineExceeded ? UNKNOWN_OUTCOME_RETRY_MS : undefined;
      await recordFailure(manager, message, error instanceof Error ? error.message : 'send failed', delayMs);
      return;
    }
    // The token has reached the client: only its masked form stays in the outbox.
    await manager.query(
      `UPDATE outbound_messages
          SET status = $2, attempts = attempts + 1, provider_message_id = $3, body = $4, secrets = '{}',
              last_error = NULL, sent_at = clock_timestamp(), updated_at = clock_timestamp()
        WHERE id = $1`,
      [id, OutboundMessageStatus.SENT, providerMessageId, maskSecrets(message.body, message.secrets)],
    );
    metrics.attempt(channel, 'sent');
    logger.info({ id, channel }, 'outbox message sent');
  }

  async function recordFailure(manager: EntityManager, message: OutboundMessage, error: string, delayOverrideMs?: number): Promise<void> {
    const attempts = message.attempts + 1;
    const lastError = error.slice(0, 200);
    if (shouldRetry(attempts)) {
      const delayMs = delayOverrideMs ?? retryDelayMs(attempts);
      await manager.query(
        `UPDATE outbound_messages
            SET attempts = $2, last_error = $3, next_attempt_at = clock_timestamp() + make_interval(secs => $4::double precision / 1000),
                updated_at = clock_timestamp()
          WHERE id = $1`,
        [message.id, attempts, lastError, delayMs],
      );
      metrics.attempt(message.channel, 'retry');
      logger.warn({ id: message.id, channel: message.channel, attempts, error: lastError, retryInMs: delayMs }, 'outbox send failed, will retry');
      return;
    }
    // Given up: nothing will send this body any more, so its secrets need not stay readable either.
    await manager.query(
      `UPDATE outbound_messages
          SET status = $2, attempts = $3, last_error = $4, body = $5, secrets = '{}', updated_at = clock_timestamp()
        WHERE id = $1`,
      [message.id, OutboundMessageStatus.FAILED, attempts, lastError, maskSecrets(message.body, message.secrets)],
    );
    metrics.attempt(message.channel, 'failed');
    logger.error({ id: message.id, channel: message.channel, attempts, error: lastError }, 'outbox message failed permanently');
  }

  outboxSignal.on('enqueued', wake);
  const timer = setInterval(wake, POLL_INTERVAL_MS);
  timer.unref();
  // Messages left over from before a restart.
  wake();

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      outboxSignal.off('enqueued', wake);
      await running;
      email?.close();
    },
  };
}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new SendDeadlineExceeded(`provider did not answer within ${ms / 1000} s; outcome unknown`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Name, code and message only: a TypeORM QueryFailedError carries the statement's
 * parameters and PostgreSQL's `detail` can quote the row, both with bodies and recipients.
 */
function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  return { type: error.name, code: (error as { code?: unknown }).code, message: error.message };
}
