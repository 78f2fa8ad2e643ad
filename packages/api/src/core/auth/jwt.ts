import { SignJWT, errors, jwtVerify, type JWTPayload } from 'jose';
import { Role, isRole } from './role';
import { VerifiedTokens } from './verified-tokens';
import type { Viewer } from './viewer';

export interface JwtSettings {
  secret: string;
  audience?: string | undefined;
  issuer?: string | undefined;
}

/** Seconds of clock skew tolerated between the token issuer and this server. */
const CLOCK_TOLERANCE_S = 5;

export type TokenFailure = 'expired' | 'invalid';

export class TokenRejectedError extends Error {
  constructor(readonly reason: TokenFailure) {
    super(reason === 'expired' ? 'Access token expired' : 'Access token invalid');
  }
}

const verified = new VerifiedTokens();

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/**
 * Verifies an HS256 access token (Supabase-compatible). The algorithm is pinned,
 * so `alg: none` and algorithm-confusion tokens fail; `exp` and `sub` are required.
 * The role is read from `app_metadata` only: `user_metadata` is editable by the
 * user. A token without a known role is treated as a CLIENT, the least privilege.
 */
export async function verifyAccessToken(token: string, settings: JwtSettings): Promise<Viewer> {
  const checkedWith = `${settings.secret}\n${settings.audience ?? ''}\n${settings.issuer ?? ''}`;
  const known = verified.get(token, checkedWith, Date.now() / 1000, CLOCK_TOLERANCE_S);
  // Copies: a request may adjust its viewer; the cached one stays as verified.
  if (known) return { ...known };
  const viewer = await verifySignedToken(token, settings);
  verified.set(token, checkedWith, { ...viewer });
  return viewer;
}

async function verifySignedToken(token: string, settings: JwtSettings): Promise<Viewer> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, key(settings.secret), {
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'sub'],
      clockTolerance: CLOCK_TOLERANCE_S,
      ...(settings.audience ? { audience: settings.audience } : {}),
      ...(settings.issuer ? { issuer: settings.issuer } : {}),
    }));
  } catch (error) {
    throw new TokenRejectedError(error instanceof errors.JWTExpired ? 'expired' : 'invalid');
  }
  const appMetadata = payload.app_metadata as { role?: unknown } | undefined;
  const role = isRole(appMetadata?.role) ? appMetadata.role : Role.CLIENT;
  const userMetadata = payload.user_metadata as { full_name?: unknown; name?: unknown } | undefined;
  const name = userMetadata?.full_name ?? userMetadata?.name;
  return {
    id: String(payload.sub),
    // Supabase gives phone-only users an empty e-mail.
    email: typeof payload.email === 'string' && payload.email.trim() ? payload.email.trim().toLowerCase() : null,
    role,
    name: typeof name === 'string' ? name : null,
    expiresAt: payload.exp!,
  };
}

export interface TokenClaims {
  sub: string;
  role: Role;
  email?: string | undefined;
  /** Lifetime in seconds. */
  ttlSeconds?: number;
  /** Expiry as seconds since the epoch; wins over ttlSeconds. */
  expiresAt?: number;
}

/** Issues a token the way Supabase shapes them; for development tokens and tests. */
export async function signAccessToken(claims: TokenClaims, settings: JwtSettings): Promise<string> {
  const jwt = new SignJWT({ email: claims.email, app_metadata: { role: claims.role }, role: 'authenticated' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(claims.expiresAt ?? Math.floor(Date.now() / 1000) + (claims.ttlSeconds ?? 3600));
  if (settings.audience) jwt.setAudience(settings.audience);
  if (settings.issuer) jwt.setIssuer(settings.issuer);
  return jwt.sign(key(settings.secret));
}

/** `Bearer <token>` → token; anything else → undefined. */
export function bearerToken(header: string | undefined | null): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '');
  return match?.[1];
}
