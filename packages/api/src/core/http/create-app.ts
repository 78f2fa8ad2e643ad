import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import cors from 'cors';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { createRequestContext, type ContextDeps } from '../context/context-factory';
import type { RequestContext } from '../context/request-context';
import { healthRouter } from './health.route';
import { httpMetrics } from '../metrics/http-metrics';
import { metricsRouter } from '../metrics/metrics.route';
import { MAX_BODY_BYTES, errorHandler, notFound, rejectOversizeBodies } from './http-errors';
import { httpExchange } from './http-exchange';
import { requestFacts, trustedProxiesOf } from './request-facts';
import { requestIdFor } from './request-id';
import { apiRateLimit } from './api-rate-limit';
import { maskPathTokens } from '../logging/mask-path-tokens';

export interface AppDeps extends ContextDeps {
  apollo: ApolloServer<RequestContext>;
  version: string;
  /** The domains' REST routes (webhooks, finance exports, the confirmation page), mounted before GraphQL. */
  routes: RequestHandler[];
}

/** The Express application: protections first, then routes, then error answers. */
export function createApp(deps: AppDeps): Express {
  const { config, logger, dataSource, apollo } = deps;
  const app = express();
  app.disable('x-powered-by');
  // First, so the latency covers every middleware after it.
  if (deps.metrics) app.use(httpMetrics(deps.metrics));
  // The same TRUSTED_PROXIES for the protocol and host Express reports (Twilio's signed URL);
  // the client address itself comes from client-address.ts (requestFacts), not req.ip.
  const trusted = trustedProxiesOf(config);
  app.set('trust proxy', (address: string) => trusted(address));

  app.use(
    pinoHttp({
      logger,
      genReqId: requestIdFor,
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' },
      // Confirmation tokens travel in the URL path; they are credentials and stay out of logs.
      serializers: { req: (req: { url?: string }) => ({ ...req, url: maskPathTokens(req.url) }) },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    }),
  );
  if (config.securityHeadersEnabled) {
    // The Apollo Sandbox landing page (DOCS_ENABLED) loads scripts from Apollo's CDN, which a strict CSP forbids.
    // The admin SPA shows evidence photos stored elsewhere (https), and outside production is served over plain http.
    const contentSecurityPolicy = { directives: { 'img-src': ["'self'", 'data:', 'https:'], 'upgrade-insecure-requests': config.isProduction ? [] : null } };
    app.use(helmet({ contentSecurityPolicy: config.docsEnabled ? false : contentSecurityPolicy }));
  }
  app.use(rejectOversizeBodies);

  app.use(healthRouter(dataSource, deps.version));
  if (deps.metrics) app.use(metricsRouter(deps.metrics, config));
  for (const route of deps.routes) app.use(route);

  const allowedOrigins = new Set(config.corsOrigins);
  app.use(
    '/graphql',
    cors({ origin: (origin, callback) => callback(null, !origin || allowedOrigins.has(origin)), maxAge: 600 }),
    express.json({ limit: MAX_BODY_BYTES }),
    // After parsing: a request costs what its operations and aliases cost.
    apiRateLimit(deps, { graphql: true }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => createRequestContext(deps, req.headers.authorization, requestFacts(req, config), httpExchange(req, res)),
    }),
  );

  app.use(notFound);
  app.use(errorHandler(config.isProduction));
  return app;
}
