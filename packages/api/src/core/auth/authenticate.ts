import { TokenRejectedError, bearerToken, verifyAccessToken, type JwtSettings, type TokenFailure } from './jwt';
import { Role } from './role';
import type { Viewer } from './viewer';
import type { ViewerRegistry } from './viewer-registry';

export type AuthFailure = TokenFailure | 'address_not_allowed' | 'inactive';

export interface Authentication {
  viewer: Viewer | null;
  /** Set when a token was presented but refused: the request is then not anonymous but unauthenticated. */
  failure: AuthFailure | null;
}

export interface AuthSettings extends JwtSettings {
  /** ADMIN_IP_ALLOWLIST as a matcher; admin tokens from other addresses are refused. */
  adminAllowed?: (ip: string | null | undefined) => boolean;
  /** Registers unknown users and refuses deactivated ones; absent in scripts and unit tests. */
  registry?: ViewerRegistry | undefined;
}

/** One code path for HTTP requests, websocket `connection_init` payloads and REST routes. */
export async function authenticate(authorization: string | undefined | null, settings: AuthSettings, ip?: string | null): Promise<Authentication> {
  const token = bearerToken(authorization);
  if (!token) return { viewer: null, failure: authorization ? 'invalid' : null };
  try {
    const viewer = await verifyAccessToken(token, settings);
    if (viewer.role === Role.ADMIN && settings.adminAllowed && !settings.adminAllowed(ip)) return { viewer: null, failure: 'address_not_allowed' };
    if (settings.registry && (await settings.registry.standingOf(viewer)) === 'inactive') return { viewer: null, failure: 'inactive' };
    return { viewer, failure: null };
  } catch (error) {
    if (error instanceof TokenRejectedError) return { viewer: null, failure: error.reason };
    throw error;
  }
}

/** The one wording of why a request is not authenticated, for every channel. */
export function authFailureMessage(failure: AuthFailure | null): string {
  switch (failure) {
    case 'expired':
      return 'Access token expired';
    case 'invalid':
      return 'Access token invalid';
    case 'address_not_allowed':
      return 'Admin access is not allowed from this address';
    case 'inactive':
      return 'This account is deactivated';
    case null:
      return 'Authentication required';
  }
}
