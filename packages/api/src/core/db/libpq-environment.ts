import { parse } from 'pg-connection-string';
import { withoutTlsParams } from './database-url';

/**
 * DATABASE_URL as libpq environment variables, for PostgreSQL's own client programs
 * (pg_dump, pg_restore). The password travels as PGPASSWORD in the child's environment,
 * never on a command line that `ps` shows. Query parameters that only node-postgres knows
 * (`ssl=true`, `sslmode=no-verify`) are turned into libpq's spelling; Cloud SQL socket URLs
 * (`?host=/cloudsql/...`) keep the socket directory as host.
 */
export function libpqEnvironment(url: string): Record<string, string> {
  // TLS is read below, the libpq way; pg-connection-string would read (and warn about) it its own way.
  const parsed = parse(withoutTlsParams(url));
  const params = new URL(url.replace(/^postgres(ql)?:\/\/[^/]*/, 'http://x')).searchParams;
  const env: Record<string, string> = {};
  const set = (name: string, value: string | null | undefined) => {
    if (value) env[name] = value;
  };
  set('PGHOST', parsed.host ?? 'localhost');
  set('PGPORT', parsed.port ?? undefined);
  set('PGUSER', parsed.user);
  set('PGPASSWORD', parsed.password);
  set('PGDATABASE', parsed.database ?? undefined);
  set('PGSSLMODE', libpqSslMode(params.get('sslmode') ?? (params.get('ssl') === 'true' ? 'require' : null)));
  set('PGSSLROOTCERT', params.get('sslrootcert'));
  set('PGSSLCERT', params.get('sslcert'));
  set('PGSSLKEY', params.get('sslkey'));
  return env;
}

function libpqSslMode(mode: string | null): string | null {
  return mode === 'no-verify' ? 'require' : mode;
}
