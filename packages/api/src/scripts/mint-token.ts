import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { signAccessToken } from '../core/auth/jwt';
import { isRole } from '../core/auth/role';
import { loadConfigOrExit } from '../core/config/load-config-or-exit';
import { parseDuration } from './parse-duration';

/** `pnpm token --role ADMIN [--sub ID] [--email E] [--ttl 1h]`: a development access token on stdout. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, sub: { type: 'string' }, email: { type: 'string' }, ttl: { type: 'string', default: '1h' } },
  });
  const config = loadConfigOrExit();
  if (config.isProduction) throw new Error('pnpm token is for development; it refuses to run with NODE_ENV=production');
  const role = values.role?.toUpperCase();
  if (!isRole(role)) throw new Error('usage: pnpm token --role ADMIN|CONTRACTOR|EXPERT|CLIENT [--sub ID] [--email E] [--ttl 1h]');
  const token = await signAccessToken(
    { sub: values.sub ?? randomUUID(), role, email: values.email, ttlSeconds: parseDuration(values.ttl!) },
    { secret: config.jwt.secret!, audience: config.jwt.audience, issuer: config.jwt.issuer },
  );
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
