import type { ErrorRequestHandler, RequestHandler } from 'express';
import { DomainError, httpStatusOf } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-code';

/** 1 MiB, the contract's body limit. */
export const MAX_BODY_BYTES = 1_048_576;

/** Refuses a declared oversize body before reading a byte of it; parsers enforce the same limit on chunked bodies. */
export const rejectOversizeBodies: RequestHandler = (req, res, next) => {
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > MAX_BODY_BYTES) {
    res.status(413).json({ error: { code: 'PAYLOAD_TOO_LARGE', message: `Request body exceeds ${MAX_BODY_BYTES} bytes` } });
    // The client may still be sending; close rather than drain a large upload.
    res.setHeader('Connection', 'close');
    return;
  }
  next();
};

export const notFound: RequestHandler = (_req, res) => {
  res.status(404).json({ error: { code: ErrorCode.NOT_FOUND, message: 'Not found' } });
};

/** REST error answer: domain errors keep their code; body-parser errors keep their status; the rest is masked. */
export function errorHandler(isProduction: boolean): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (res.headersSent) return;
    if (error instanceof DomainError) {
      res.status(httpStatusOf(error.code)).json({ error: { code: error.code, message: error.message } });
      return;
    }
    const status = (error as { status?: unknown }).status;
    const type = (error as { type?: unknown }).type;
    if (status === 413 || type === 'entity.too.large') {
      res.status(413).json({ error: { code: 'PAYLOAD_TOO_LARGE', message: `Request body exceeds ${MAX_BODY_BYTES} bytes` } });
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
