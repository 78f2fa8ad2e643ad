import { readFileSync } from 'node:fs';
import { parse } from 'pg-connection-string';

export interface PgTlsOptions {
  host: string;
  port: number;
  username: string | undefined;
  password: string | undefined;
  database: string | undefined;
  ssl: false | SslOptions;
}

/** What pg hands to tls.connect. */
export interface SslOptions {
  ca?: string | undefined;
  rejectUnauthorized: boolean;
  /** Skips the host-name check (verify-ca). */
  checkServerIdentity?: () => undefined;
}

/**
 * Turns DATABASE_URL into explicit connection options.
 *
 * `sslmode` is interpreted as libpq does, not as node-postgres does: pg treats
 * `require` like `verify-full`, which rejects the self-signed certificates most
 * managed databases present with `?sslmode=require`. Unix-socket URLs
 * (Cloud SQL: `postgres://user:pw@/db?host=/cloudsql/project:region:instance`)
 * keep the socket directory as host.
 */
export function parseDatabaseUrl(url: string): PgTlsOptions {
  const params = new URL(url.replace(/^postgres(ql)?:\/\/[^/]*/, 'http://x')).searchParams;
  // TLS is decided below; pg-connection-string would read sslmode its own (non-libpq) way.
  const parsed = parse(withoutTlsParams(url));
  const sslmode = params.get('sslmode') ?? (params.get('ssl') === 'true' ? 'require' : 'disable');
  const rootCertFile = params.get('sslrootcert');
  const ca = rootCertFile ? readFileSync(rootCertFile, 'utf8') : undefined;
  return {
    host: parsed.host ?? 'localhost',
    port: parsed.port ? Number(parsed.port) : 5432,
    username: parsed.user,
    password: parsed.password,
    database: parsed.database ?? undefined,
    ssl: sslOptions(sslmode, ca),
  };
}

const TLS_PARAMS = ['sslmode', 'ssl', 'sslrootcert', 'sslcert', 'sslkey', 'uselibpqcompat'];

/** The URL without its TLS parameters, which pg-connection-string would otherwise turn into TLS options of its own. */
export function withoutTlsParams(url: string): string {
  const [base, query] = url.split('?', 2);
  if (!query) return url;
  const kept = query.split('&').filter((pair) => !TLS_PARAMS.includes(decodeURIComponent(pair.split('=')[0] ?? '')));
  return kept.length ? `${base}?${kept.join('&')}` : base!;
}

function sslOptions(sslmode: string, ca: string | undefined): false | SslOptions {
  switch (sslmode) {
    case 'disable':
    case 'allow':
    case 'prefer':
      return false;
    case 'require':
    case 'no-verify':
      // libpq: with a root certificate, `require` verifies the CA as `verify-ca` does.
      return ca ? { ca, rejectUnauthorized: true, checkServerIdentity: () => undefined } : { rejectUnauthorized: false };
    case 'verify-ca':
      return { ca, rejectUnauthorized: true, checkServerIdentity: () => undefined };
    case 'verify-full':
      return { ca, rejectUnauthorized: true };
    default:
      throw new Error(`DATABASE_URL has an unknown sslmode "${sslmode}"`);
  }
}

/** The same server, another database (used to create and drop test databases). */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
