import { describe, expect, it } from 'vitest';
import { libpqEnvironment } from './libpq-environment';

describe('libpqEnvironment', () => {
  it('splits a URL into libpq variables, the password among them', () => {
    expect(libpqEnvironment('postgres://app:s%40cret@db.internal:6432/vejapro?sslmode=require')).toEqual({
      PGHOST: 'db.internal',
      PGPORT: '6432',
      PGUSER: 'app',
      PGPASSWORD: 's@cret',
      PGDATABASE: 'vejapro',
      PGSSLMODE: 'require',
    });
  });

  it('keeps a Cloud SQL socket directory as host and speaks libpq for node-only TLS parameters', () => {
    expect(libpqEnvironment('postgres://app:pw@/vejapro?host=/cloudsql/p:r:i')).toMatchObject({ PGHOST: '/cloudsql/p:r:i', PGDATABASE: 'vejapro' });
    expect(libpqEnvironment('postgres://app:pw@h/db?ssl=true').PGSSLMODE).toBe('require');
    expect(libpqEnvironment('postgres://app:pw@h/db?sslmode=no-verify').PGSSLMODE).toBe('require');
  });
});
