import { clientAddressOf, requestFacts } from '../core/http/request-facts';
import { Router, type Request, type Response } from 'express';
import { createSystemContext, type ContextDeps } from '../core/context/context-factory';
import { apiRateLimit, rateLimited } from '../core/http/api-rate-limit';
import { RateLimiter } from '../core/http/rate-limiter';
import { isWellFormedToken, normalizeToken } from './confirmation-token';
import { confirmByToken, findOpenConfirmation } from './confirmation.service';

/** Unknown, used or expired tokens (GET or POST) per address before the page answers 429 for a while. */
export const MAX_FAILURES_PER_IP = 10;
const FAILURE_WINDOW_MS = 15 * 60_000;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="lt"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1d3b1d}
button{font-size:1.1rem;padding:.7rem 1.6rem;background:#2e7d32;color:#fff;border:0;border-radius:.4rem;cursor:pointer}</style>
</head><body><h1>${title}</h1>${body}</body></html>`;
}

const NOT_FOUND_PAGE = page('Nuoroda nebegalioja', '<p>Ši patvirtinimo nuoroda nežinoma, jau panaudota arba nebegalioja. Susisiekite su VejaPRO.</p>');

function wantsJson(req: Request): boolean {
  return req.accepts(['html', 'json']) === 'json';
}

function notFound(req: Request, res: Response): void {
  if (wantsJson(req)) res.status(404).json({ status: 'not_found' });
  else res.status(404).type('html').send(NOT_FOUND_PAGE);
}

/**
 * The e-mailed link. GET shows a page with a button and changes nothing: mail scanners
 * fetch links to inspect them, and must not confirm anything. POST confirms.
 */
export function confirmPaymentRouter(deps: ContextDeps): Router {
  const router = Router();
  // Always on (whatever RATE_LIMIT_API_ENABLED says): tokens are short, so guessing must be slow,
  // also when the guesses are spread over several instances.
  const failures = new RateLimiter(deps, 'confirmation-failures', MAX_FAILURES_PER_IP, FAILURE_WINDOW_MS);
  const addressOf = (req: Request) => clientAddressOf(req, deps.config) ?? 'unknown';
  router.use(apiRateLimit(deps, { graphql: false }));
  router.use(async (req, res, next) => {
    const decision = await failures.blocked(addressOf(req));
    if (!decision.allowed) return rateLimited(res, decision.retryAfterSeconds, false);
    next();
  });
  const refuse = async (req: Request, res: Response) => {
    await failures.hit(addressOf(req));
    notFound(req, res);
  };
  const contextFor = (req: Request) => createSystemContext(deps, requestFacts(req, deps.config));

  router.get('/:token', async (req, res) => {
    const token = normalizeToken(req.params.token);
    res.setHeader('Cache-Control', 'no-store');
    if (!isWellFormedToken(token) || !(await findOpenConfirmation(contextFor(req), token))) return refuse(req, res);
    res.type('html').send(
      page(
        'Patvirtinkite darbų užbaigimą',
        `<p>Paspaudę mygtuką patvirtinsite, kad VejaPRO darbai užbaigti ir galutinis mokėjimas atliktas.</p>
<form method="post"><button type="submit">Patvirtinti</button></form>`,
      ),
    );
  });

  router.post('/:token', async (req, res) => {
    const token = normalizeToken(req.params.token);
    res.setHeader('Cache-Control', 'no-store');
    if (!isWellFormedToken(token)) return refuse(req, res);
    const result = await confirmByToken(contextFor(req), token, { channel: 'EMAIL' });
    if (!result.confirmed) return refuse(req, res);
    if (wantsJson(req)) res.json({ status: 'confirmed', projectId: result.project.id, projectStatus: result.project.status });
    else res.type('html').send(page('Ačiū!', '<p>Darbų užbaigimas patvirtintas, jūsų projektas aktyvuotas.</p>'));
  });
  return router;
}
