import type { Request, RequestHandler, Response } from 'express';
import type { AppConfig } from '../core/config/config';
import { createSystemContext, type ContextDeps } from '../core/context/context-factory';
import { withDeadline } from '../core/async/with-deadline';
import { requestFacts } from '../core/http/request-facts';
import type { WebhookProvider } from './webhook-delivery.enums';
import { processDelivery, receiveDelivery, recordRejected, type DeliveryHandler, type ProcessResult } from './webhook-delivery.service';

/** A signature check's verdict; `signatureValid` tells a forged request from a signed but unreadable one. */
export type SignatureCheck = { ok: true } | { ok: false; reason: string; signatureValid: boolean; notConfigured?: boolean };

/** What a verified body becomes: one delivery row, or why it cannot be one. */
export type ParsedDelivery = { eventId: string; eventType: string | null; payload: Record<string, unknown> } | { malformed: string };

/** How one provider is answered on each path: its table of the contract's answers. */
export interface ProviderAnswers {
  /** Bad, missing or stale signature; also a provider whose secret is not configured. */
  refused(res: Response, check: Extract<SignatureCheck, { ok: false }>): void;
  /** Verified, but not a delivery we can store. */
  malformed(res: Response, reason: string): void;
  /** Stored and processed (or already processed, or failed for good). */
  settled(res: Response, result: ProcessResult): void;
  /** Something that may pass (the database): the provider should retry, or at least get its answer. */
  unexpected(res: Response): void;
}

/** One provider's endpoint: how to check it, read it, act on it and answer it. */
export interface WebhookEndpoint {
  provider: WebhookProvider;
  verify(req: Request, rawBody: Buffer, config: AppConfig): SignatureCheck;
  parse(rawBody: string): ParsedDelivery;
  /** The same handler runs for the provider's call and an admin's replay. */
  handler: DeliveryHandler;
  answers: ProviderAnswers;
}

/** express.raw (webhook-routes) leaves a Buffer; no body at all leaves nothing. */
function rawBodyOf(req: Request): Buffer {
  return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
}

/**
 * The one webhook skeleton: signature first, before parsing or looking anything up; a
 * refusal stored REJECTED; the delivery stored and committed before it is acted on; then
 * processed under the delivery's row lock (copies act once); then the provider's answer.
 */
export function webhookRoute(deps: ContextDeps, endpoint: WebhookEndpoint): RequestHandler {
  const { provider, answers } = endpoint;
  return async (req, res) => {
    const ctx = createSystemContext(deps, requestFacts(req, deps.config));
    const raw = rawBodyOf(req);
    const rawText = raw.toString('utf8');
    try {
      const check = endpoint.verify(req, raw, deps.config);
      if (!check.ok) {
        if (check.notConfigured) ctx.logger.error({ provider, reason: check.reason }, 'webhook secret not configured; refusing deliveries');
        await recordRejected(ctx, provider, { rawBody: raw, headers: req.headers, sourceIp: ctx.ip, error: check.reason, signatureValid: check.signatureValid });
        answers.refused(res, check);
        return;
      }
      const parsed = endpoint.parse(rawText);
      if ('malformed' in parsed) {
        await recordRejected(ctx, provider, { rawBody: raw, headers: req.headers, sourceIp: ctx.ip, error: parsed.malformed, signatureValid: true });
        answers.malformed(res, parsed.malformed);
        return;
      }
      // A slow database must not keep the provider waiting past its own timeout: past the deadline
      // the answer is the retryable one, and work finishing late is found by the retry (one row per event).
      const stored = receiveDelivery(deps.dataSource, { provider, ...parsed, rawBody: rawText });
      const settled = stored.then((delivery) => processDelivery(ctx, delivery.id, endpoint.handler));
      answers.settled(res, await withDeadline(settled, deps.config.webhookDeadlineMs, `${provider} webhook`));
    } catch (error) {
      ctx.logger.error({ err: error, provider }, 'webhook delivery not processed');
      answers.unexpected(res);
    }
  };
}
