import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from './database-url';

describe('parseDatabaseUrl', () => {
  it('reads a plain URL without TLS', () => {
    expect(parseDatabaseUrl('postgres://app:s%40cret@db.internal:6543/vejapro')).toEqual({
      host: 'db.internal',
      port: 6543,
      username: 'app',
      password: 's@cret',
      database: 'vejapro',
      ssl: false,
    });
  });

  it('treats sslmode=require as libpq does: encrypted, certificate not verified', () => {
    expect(parseDatabaseUrl('postgresql://u:p@host/db?sslmode=require').ssl).toEqual({ rejectUnauthorized: false });
  });

  it('verifies the certificate and host name with sslmode=verify-full', () => {
    expect(parseDatabaseUrl('postgresql://u:p@host/db?sslmode=verify-full').ssl).toMatchObject({ rejectUnauthorized: true });
  });

  it('keeps a Cloud SQL unix socket directory as host', () => {
    const options = parseDatabaseUrl('postgres://app:pw@/vejapro?host=/cloudsql/proj:europe-north1:main');
    expect(options).toMatchObject({ host: '/cloudsql/proj:europe-north1:main', database: 'vejapro', username: 'app', ssl: false });
  });

  it('refuses an sslmode it does not know', () => {
    expect(() => parseDatabaseUrl('postgres://u:p@h/db?sslmode=sometimes')).toThrow(/sslmode/);
  });
});
