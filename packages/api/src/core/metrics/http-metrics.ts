import type { Request, RequestHandler } from 'express';
import type { Registry } from 'prom-client';
import { LATENCY_BUCKETS, histogram } from './metrics-registry';

/**
 * The route a request matched, as declared (`/public/confirm-payment/:token`), never the raw
 * URL: ids and tokens would make a series per request and put credentials in the metrics.
 */
export function routeLabel(req: Request): string {
  const declared = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof declared === 'string') return `${req.baseUrl}${declared}`;
  if (Array.isArray(declared)) return `${req.baseUrl}${String(declared[0])}`;
  // Mounted handlers without a route of their own (GraphQL, static files): their mount path.
  return req.baseUrl || 'unmatched';
}

/** HTTP latency by method, route and status, measured until the response is written. */
export function httpMetrics(registry: Registry): RequestHandler {
  const duration = histogram(registry, {
    name: 'vejapro_http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
  });
  return (req, res, next) => {
    const stop = duration.startTimer();
    res.once('finish', () => stop({ method: req.method, route: routeLabel(req), status: String(res.statusCode) }));
    next();
  };
}
