import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { DomainError, NotFoundError, PayloadTooLargeError, RateLimitedError, httpStatusOf } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-code';
import { LINGER_LIMITS, dropWithinLimits } from './unparsable-request-answer';

/** 1 MiB, the contract's body limit. */
export const MAX_BODY_BYTES = 1_048_576;

/**
 * The one REST answer for a domain error: its HTTP status and `{ error: { code, message } }`,
 * the same codes GraphQL puts in `extensions.code`.
 */
export function sendDomainError(res: Response, error: DomainError): void {
  if (error instanceof RateLimitedError && error.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(error.retryAfterSeconds));
  res.status(httpStatusOf(error.code)).json({ error: { code: error.code, message: error.message } });
}

/**
 * Refuses a declared oversize body before parsing it; parsers enforce the same limit on chunked
 * bodies. The client is usually still sending: closing at once would reset the connection under
 * its upload (it would see EPIPE instead of the 413), so what arrives is read and dropped, within
 * the lingering limits; past them the socket is closed.
 */
export const rejectOversizeBodies: RequestHandler = (req, res, next) => {
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > MAX_BODY_BYTES) {
    sendDomainError(res, new PayloadTooLargeError(MAX_BODY_BYTES));
    dropWithinLimits(req, req.socket, LINGER_LIMITS);
    return;
  }
  next();
};

export const notFound: RequestHandler = (_req, res) => {
  sendDomainError(res, new NotFoundError('Route'));
};

/** REST error answer: domain errors keep their code; body-parser errors keep their status; the rest is masked. */
export function errorHandler(isProduction: boolean): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (res.headersSent) return;
    if (error instanceof DomainError) {
      sendDomainError(res, error);
      return;
    }
    const status = (error as { status?: unknown }).status;
    const type = (error as { type?: unknown }).type;
    if (status === 413 || type === 'entity.too.large') {
      sendDomainError(res, new PayloadTooLargeError(MAX_BODY_BYTES));
      return;
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res.status(status).json({ error: { code: ErrorCode.BAD_USER_INPUT, message: isProduction ? 'Bad request' : String((error as Error).message) } });
      return;
    }
    req.log?.error({ err: error }, 'unhandled error in an HTTP route');
    res.status(500).json({
      error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: isProduction ? 'Internal server error' : String((error as Error)?.message) },
    });
  };
}
