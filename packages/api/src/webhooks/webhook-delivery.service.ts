import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { DataSource } from 'typeorm';
import type { Logger } from '../core/logging/logger';
import { DomainError } from '../core/errors/domain-error';
import { ErrorCode } from '../core/errors/error-code';
import { runInTransaction, type TxContext } from '../core/db/transaction';
import type { RequestContext } from '../core/context/request-context';
import { WebhookDeliveryStatus, type WebhookProvider } from './webhook-delivery.enums';
import { WebhookDelivery } from './webhook-delivery.entity';
import { PermanentWebhookError } from './webhook-errors';

/** What a handler did with a delivery; `reply` is provider-specific (TwiML text). */
export interface HandlerOutcome {
  status: WebhookDeliveryStatus.PROCESSED | WebhookDeliveryStatus.IGNORED;
  outcome?: string | null;
  reply?: string | null;
}

export type DeliveryHandler = (tx: TxContext, delivery: WebhookDelivery) => Promise<HandlerOutcome>;

export type ProcessResult =
  | { status: 'processed' | 'ignored'; delivery: WebhookDelivery; reply?: string | null }
  | { status: 'already_processed'; delivery: WebhookDelivery }
  | { status: 'failed'; delivery: WebhookDelivery; error: string };

const MAX_RAW_BODY = 1_048_576;

const NUL = String.fromCharCode(0);

/** PostgreSQL text and jsonb cannot hold NUL characters; a provider body containing one is stored without them. */
function storable(text: string): string {
  return text.replaceAll(NUL, '').slice(0, MAX_RAW_BODY);
}

function storableJson(payload: unknown): string {
  return JSON.stringify(payload, (_key, value: unknown) => (typeof value === 'string' ? value.replaceAll(NUL, '') : value));
}

export interface IncomingDelivery {
  provider: WebhookProvider;
  eventId: string;
  eventType: string | null;
  payload: Record<string, unknown>;
  rawBody: string;
}

/**
 * Stores a verified delivery and commits at once, before anything acts on it.
 * A repeat of the same provider event raises `attempts` on the one row.
 * Only the id comes back: processDelivery reads the row anyway, under its lock (issue 12).
 */
export async function receiveDelivery(dataSource: DataSource, incoming: IncomingDelivery): Promise<{ id: string }> {
  const rows: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO webhook_deliveries (provider, event_id, event_type, payload, raw_body, signature_valid, status)
     VALUES ($1, $2, $3, $4, $5, true, 'RECEIVED')
     ON CONFLICT (provider, event_id) WHERE event_id IS NOT NULL
     DO UPDATE SET attempts = webhook_deliveries.attempts + 1, updated_at = now()
     RETURNING id`,
    [incoming.provider, incoming.eventId, incoming.eventType, storableJson(incoming.payload), storable(incoming.rawBody)],
  );
  return { id: rows[0]!.id };
}

/**
 * Anyone can post to a webhook URL and webhooks are never rate limited, so what a refusal
 * stores is bounded: these headers, the body's size and SHA-256, its first 4 KiB. Each address
 * gets a budget of such records per hour; past it, a refusal is counted in `attempts` of the
 * address' record of the same body, else of its newest one for that provider (else its newest),
 * instead of a new row (issue 11).
 */
export const REJECTED_RECORD = {
  bodyPrefixBytes: 4096,
  headers: ['content-type', 'content-length', 'user-agent', 'stripe-signature', 'x-twilio-signature', 'x-signature'],
  headerChars: 512,
  perAddressPerHour: 20,
} as const;

export interface RejectedDelivery {
  rawBody: Buffer;
  headers: IncomingHttpHeaders;
  /** The client address (through trusted proxies only); the budget is per address. */
  sourceIp: string | null;
  error: string;
  signatureValid: boolean;
}

function keptHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of REJECTED_RECORD.headers) {
    const value = headers[name];
    if (value !== undefined) kept[name] = storable(String(value)).slice(0, REJECTED_RECORD.headerChars);
  }
  return kept;
}

/**
 * A delivery refused before being trusted: bad signature, or a verified body that cannot be read.
 * Never throws: the refusal is answered the same (4xx) whether or not it could be stored.
 */
export async function recordRejected(sink: { dataSource: DataSource; logger: Logger }, provider: WebhookProvider, rejected: RejectedDelivery): Promise<void> {
  const sourceIp = rejected.sourceIp ?? 'unknown';
  const sha256 = createHash('sha256').update(rejected.rawBody).digest('hex');
  sink.logger.warn({ provider, reason: rejected.error, bodySha256: sha256 }, 'webhook delivery rejected');
  try {
    await sink.dataSource.transaction(async (manager) => {
      // One address' refusals are recorded one at a time, so a concurrent flood cannot overrun the budget.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`webhook-rejected:${sourceIp}`]);
      const recent: Array<{ id: string; provider: WebhookProvider; body_sha256: string | null }> = await manager.query(
        `SELECT id, provider, body_sha256 FROM webhook_deliveries
         WHERE status = 'REJECTED' AND source_ip = $1 AND received_at > now() - interval '1 hour'
         ORDER BY received_at DESC`,
        [sourceIp],
      );
      if (recent.length >= REJECTED_RECORD.perAddressPerHour) {
        const repeatOf = recent.find((row) => row.body_sha256 === sha256) ?? recent.find((row) => row.provider === provider) ?? recent[0]!;
        await manager.query(`UPDATE webhook_deliveries SET attempts = attempts + 1, updated_at = now() WHERE id = $1`, [repeatOf.id]);
        return;
      }
      await manager.query(
        `INSERT INTO webhook_deliveries (provider, raw_body, signature_valid, status, error, processed_at, body_size, body_sha256, headers, source_ip)
         VALUES ($1, $2, $3, 'REJECTED', $4, now(), $5, $6, $7, $8)`,
        [
          provider,
          storable(rejected.rawBody.subarray(0, REJECTED_RECORD.bodyPrefixBytes).toString('utf8')),
          rejected.signatureValid,
          rejected.error.slice(0, 1000),
          rejected.rawBody.length,
          sha256,
          JSON.stringify(keptHeaders(rejected.headers)),
          sourceIp,
        ],
      );
    });
  } catch (storeError) {
    sink.logger.error({ err: storeError, provider }, 'rejected webhook delivery could not be stored');
  }
}

function isPermanent(error: unknown): boolean {
  if (error instanceof PermanentWebhookError) return true;
  return error instanceof DomainError && error.code !== ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * Runs `handler` on a stored delivery. The delivery row is locked for the whole
 * transaction, so concurrent copies of one event run one after another and only
 * the first acts; the handler's effects and the delivery's new status commit together.
 * Permanent failures roll the effects back and are stored FAILED; anything else
 * (database unavailable, lock timeout) is rethrown for a 5xx, so the provider retries.
 */
export async function processDelivery(ctx: RequestContext, deliveryId: string, handler: DeliveryHandler, { replay = false } = {}): Promise<ProcessResult> {
  try {
    return await runInTransaction(ctx, async (tx) => {
      const repository = tx.manager.getRepository(WebhookDelivery);
      const delivery = await repository.findOne({ where: { id: deliveryId }, lock: { mode: 'pessimistic_write' } });
      if (!delivery) throw new Error(`webhook delivery ${deliveryId} vanished`);
      if (delivery.status === WebhookDeliveryStatus.PROCESSED || delivery.status === WebhookDeliveryStatus.IGNORED) {
        return { status: 'already_processed', delivery } as const;
      }
      const result = await handler(tx, delivery);
      // The row is locked: what the UPDATE does not return is what was read under the lock.
      const written = await repository
        .createQueryBuilder()
        .update()
        .set({
          status: result.status,
          outcome: result.outcome ?? null,
          error: null,
          processedAt: () => 'now()',
          ...(replay ? { attempts: () => 'attempts + 1' } : {}),
        })
        .where('id = :id', { id: delivery.id })
        .returning('processed_at, attempts')
        .execute();
      const row = (written.raw as Array<{ processed_at: Date; attempts: number }>)[0]!;
      const saved = Object.assign(new WebhookDelivery(), delivery, {
        status: result.status,
        outcome: result.outcome ?? null,
        error: null,
        processedAt: row.processed_at,
        attempts: row.attempts,
      });
      return { status: result.status === WebhookDeliveryStatus.PROCESSED ? 'processed' : 'ignored', delivery: saved, reply: result.reply } as const;
    });
  } catch (error) {
    if (!isPermanent(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const delivery = await markFailed(ctx.dataSource, deliveryId, message, replay);
    ctx.logger.warn({ deliveryId, provider: delivery.provider, eventId: delivery.eventId, reason: message }, 'webhook delivery failed permanently');
    return { status: 'failed', delivery, error: message };
  }
}

async function markFailed(dataSource: DataSource, id: string, error: string, replay: boolean): Promise<WebhookDelivery> {
  await dataSource.query(
    `UPDATE webhook_deliveries SET status = 'FAILED', error = $2, processed_at = now(), updated_at = now()${replay ? ', attempts = attempts + 1' : ''}
     WHERE id = $1 AND status NOT IN ('PROCESSED', 'IGNORED')`,
    [id, error],
  );
  return dataSource.getRepository(WebhookDelivery).findOneByOrFail({ id });
}
