import type { Request } from 'express';
import type { RequestFacts } from '../context/context-factory';

/** What a context records of the HTTP request behind it (req.ip honours TRUSTED_PROXIES). */
export function requestFacts(req: Request): RequestFacts {
  return { requestId: String(req.id), ip: req.ip ?? null, userAgent: req.header('user-agent') ?? null };
}
