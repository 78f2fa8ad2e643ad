import { timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { Registry } from 'prom-client';
import type { AppConfig } from '../config/config';
import { NotFoundError, UnauthenticatedError } from '../errors/domain-error';
import { sendDomainError } from '../http/http-errors';

/**
 * GET /metrics in Prometheus' text format. With METRICS_TOKEN it needs `Authorization: Bearer
 * <token>`; without one it is open outside production (a developer's scraper) and absent (404)
 * in production, where an open endpoint would tell anyone the traffic and the error rates.
 */
export function metricsRouter(registry: Registry, config: AppConfig): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (config.metricsToken) {
      if (!bearerMatches(req.header('authorization'), config.metricsToken)) {
        res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
        sendDomainError(res, new UnauthenticatedError('A valid metrics token is required'));
        return;
      }
    } else if (config.isProduction) {
      sendDomainError(res, new NotFoundError('Route'));
      return;
    }
    res.setHeader('Content-Type', registry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.send(await registry.metrics());
  });
  return router;
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const presented = Buffer.from(/^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim() ?? '');
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}
