import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler } from 'express';

/** Where `vite build` of packages/admin writes; ADMIN_DIST_DIR overrides it (an image may copy it elsewhere). */
export const ADMIN_DIST_DIR = process.env['ADMIN_DIST_DIR'] ?? path.resolve(__dirname, '../../../admin/dist');

/** The built admin SPA exists (the server serves /admin only then). */
export const adminSpaBuilt = () => existsSync(path.join(ADMIN_DIST_DIR, 'index.html'));

/**
 * The admin SPA at /admin, same origin as the API: hashed assets cached for a year (a new
 * build has new names), index.html never cached, and every other /admin path answered with
 * index.html so the SPA's own routes survive a reload. Unbuilt: 503 saying how to build it.
 */
export function adminSpaRouter(distDir = ADMIN_DIST_DIR): RequestHandler {
  const router = express.Router();
  router.use('/admin/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }));
  router.get(['/admin', '/admin/*path'], (_req, res) => {
    const index = path.join(distDir, 'index.html');
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The admin SPA is not built: run `pnpm build:admin` (pnpm start builds it when missing or stale).\n');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
