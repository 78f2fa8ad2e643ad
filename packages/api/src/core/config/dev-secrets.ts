import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AppConfig } from './config';

/**
 * Outside production a missing JWT_SECRET is replaced by a random one kept in
 * DATA_DIR, so development tokens (`pnpm token`) survive restarts and no secret
 * lives in the code. Production refuses to start without JWT_SECRET instead.
 */
export function withDevelopmentSecrets(config: AppConfig): AppConfig {
  if (config.jwt.secret || config.isProduction) return config;
  const file = path.join(config.dataDir, 'dev-jwt-secret');
  let secret: string;
  try {
    secret = readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(config.dataDir, { recursive: true });
    secret = randomBytes(48).toString('base64url');
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  }
  return { ...config, jwt: { ...config.jwt, secret } };
}
