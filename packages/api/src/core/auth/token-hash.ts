import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { AppConfig } from '../config/config';

/** What a stored hash is for: the same token hashed for another purpose matches nothing. */
export type TokenPurpose = 'refresh' | 'set-password' | 'confirmation' | 'login-email' | 'rate-limit';

const keys = new WeakMap<AppConfig, Buffer>();

/**
 * The server-side key of every stored token hash: TOKEN_HASH_SECRET, else derived from the
 * JWT secret (HKDF), so a leaked table alone cannot be searched with a dictionary: short
 * codes such as the 6-character confirmation tokens would fall in seconds to a bare SHA-256.
 */
function keyOf(config: AppConfig): Buffer {
  let key = keys.get(config);
  if (!key) {
    const secret = config.tokenHashSecret ?? config.jwt.secret;
    if (!secret) throw new Error('neither TOKEN_HASH_SECRET nor a JWT secret is configured');
    key = config.tokenHashSecret ? Buffer.from(secret) : Buffer.from(hkdfSync('sha256', secret, 'vejapro', 'token-hash', 32));
    keys.set(config, key);
  }
  return key;
}

/** HMAC-SHA-256 (hex) of a token for one purpose; only this is stored. */
export function hashToken(config: AppConfig, purpose: TokenPurpose, token: string): string {
  return createHmac('sha256', keyOf(config)).update(`${purpose}:${token}`).digest('hex');
}

/** An unguessable opaque token (256 bits), URL-safe. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}
