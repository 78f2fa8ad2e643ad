import { TokenRejectedError, bearerToken, verifyAccessToken, type JwtSettings, type TokenFailure } from './jwt';
import type { Viewer } from './viewer';

export interface Authentication {
  viewer: Viewer | null;
  /** Set when a token was presented but refused: the request is then not anonymous but unauthenticated. */
  failure: TokenFailure | null;
}

/** One code path for HTTP requests and websocket `connection_init` payloads. */
export async function authenticate(authorization: string | undefined | null, settings: JwtSettings): Promise<Authentication> {
  const token = bearerToken(authorization);
  if (!token) return { viewer: null, failure: authorization ? 'invalid' : null };
  try {
    return { viewer: await verifyAccessToken(token, settings), failure: null };
  } catch (error) {
    if (error instanceof TokenRejectedError) return { viewer: null, failure: error.reason };
    throw error;
  }
}
