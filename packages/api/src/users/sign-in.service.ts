import { ActorType } from '../audit/actor-type.enum';
import { recordAudit } from '../audit/audit.service';
import { signAccessToken } from '../core/auth/jwt';
import { runInTransaction } from '../core/db/transaction';
import { BadUserInputError, NotFoundError, RateLimitedError, UnauthenticatedError } from '../core/errors/domain-error';
import { jwtSettings } from '../core/context/context-factory';
import type { RequestContext } from '../core/context/request-context';
import type { HttpExchange } from '../core/http/http-exchange';
import { LoginThrottle } from './login-throttle';
import { decoyPasswordHash, hashPassword, verifyPassword } from './password-hash';
import { MAX_PASSWORD_LENGTH, assertAcceptablePassword } from './password-policy';
import { consumePasswordToken, revokePasswordTokens } from './password-tokens';
import { User } from './user.entity';
import { normalizeEmail } from './user.service';
import { revokeSessionOf, revokeUserSessions, rotateRefreshToken, startSession, type IssuedRefreshToken } from './user-sessions';

/** The contract's access-token lifetime. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_COOKIE = 'vejapro_refresh';
/** The cookie goes only where it is used: the GraphQL endpoint (refreshSession, logout). */
const REFRESH_COOKIE_PATH = '/graphql';

export interface SignedIn {
  accessToken: string;
  expiresAt: Date;
  user: User;
}

/** One answer for an unknown e-mail, a wrong password, no password yet and a deactivated user. */
const WRONG_CREDENTIALS = 'Wrong e-mail or password';

function httpOf(ctx: RequestContext): HttpExchange {
  // The refresh token travels only as an HttpOnly cookie, which a websocket message cannot set.
  if (!ctx.http) throw new BadUserInputError('Sign-in works over HTTP (POST /graphql) only');
  return ctx.http;
}

/**
 * E-mail and password → an access token and a refresh cookie. Failed attempts are counted
 * per e-mail in the database; past the limit even the right password is refused for a while.
 */
export async function login(ctx: RequestContext, email: string, password: string): Promise<SignedIn> {
  const http = httpOf(ctx);
  const normalized = normalizeEmail(email);
  const throttle = new LoginThrottle(ctx, normalized);
  if (!(await throttle.admit())) throw new RateLimitedError('Too many failed sign-in attempts for this e-mail; try again in 15 minutes');

  const [row] = (await ctx.dataSource.query(`SELECT id, active, password_hash FROM users WHERE lower(email) = $1`, [normalized])) as Array<{
    id: string;
    active: boolean;
    password_hash: string | null;
  }>;
  // Always one hash check, also without a user, so timing does not tell which e-mails exist.
  const matches = password.length <= MAX_PASSWORD_LENGTH * 4 && (await verifyPassword(password, row?.password_hash ?? (await decoyPasswordHash())));
  if (!row?.password_hash || !row.active || !matches) throw new UnauthenticatedError(WRONG_CREDENTIALS);
  await throttle.succeeded();

  const refresh = await runInTransaction(ctx, (tx) => startSession(tx, row.id));
  ctx.logger.info({ userId: row.id }, 'signed in');
  return issue(ctx, http, row.id, refresh);
}

/**
 * The refresh cookie → a new access token and a new cookie (rotation). A refresh token
 * already used is a copy: every session of its user ends.
 */
export async function refreshSession(ctx: RequestContext): Promise<SignedIn> {
  const http = httpOf(ctx);
  const token = http.cookie(REFRESH_COOKIE);
  if (!token) throw new UnauthenticatedError('No session: sign in');
  const rotation = await runInTransaction(ctx, (tx) => rotateRefreshToken(tx, token));
  if (!rotation.ok) {
    clearRefreshCookie(ctx, http);
    if (rotation.reason === 'reused') ctx.logger.warn({ userId: rotation.userId }, 'a used refresh token was presented again; all sessions of the user revoked');
    throw new UnauthenticatedError('Session expired or revoked: sign in again');
  }
  return issue(ctx, http, rotation.userId, rotation.refresh);
}

/** Ends the cookie's session (idempotent) and clears the cookie. */
export async function logout(ctx: RequestContext): Promise<boolean> {
  const http = httpOf(ctx);
  const token = http.cookie(REFRESH_COOKIE);
  if (token) await revokeSessionOf(ctx, token);
  clearRefreshCookie(ctx, http);
  return true;
}

async function issue(ctx: RequestContext, http: HttpExchange, userId: string, refresh: IssuedRefreshToken): Promise<SignedIn> {
  const user = await ctx.dataSource.getRepository(User).findOneByOrFail({ id: userId });
  const exp = Math.floor(Date.now() / 1000) + ACCESS_TOKEN_TTL_SECONDS;
  // The record's role: an admin's change of role applies from the next refresh.
  const accessToken = await signAccessToken({ sub: user.id, role: user.role, email: user.email ?? undefined, expiresAt: exp }, jwtSettings(ctx.config));
  http.setCookie(REFRESH_COOKIE, refresh.token, {
    path: REFRESH_COOKIE_PATH,
    maxAgeSeconds: Math.max(0, Math.floor((refresh.expiresAt.getTime() - Date.now()) / 1000)),
    secure: ctx.config.isProduction,
  });
  return { accessToken, expiresAt: new Date(exp * 1000), user };
}

function clearRefreshCookie(ctx: RequestContext, http: HttpExchange): void {
  http.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH, secure: ctx.config.isProduction });
}

/**
 * The invited (or reset) user chooses a password with their single-use link. A refused
 * password leaves the link usable; a set password closes the user's other links and
 * ends their sessions.
 */
export async function setPassword(ctx: RequestContext, token: string, password: string): Promise<boolean> {
  await runInTransaction(ctx, async (tx) => {
    const userId = token.length <= 200 ? await consumePasswordToken(tx, token) : null;
    if (!userId) throw new NotFoundError('Set-password link');
    const user = await tx.manager.getRepository(User).findOneByOrFail({ id: userId });
    assertAcceptablePassword(password, user.email);
    const passwordHash = await hashPassword(password);
    await tx.manager.query(`UPDATE users SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1`, [userId, passwordHash]);
    await revokePasswordTokens(tx, userId);
    await revokeUserSessions(tx, userId);
    await recordAudit(
      tx,
      { type: ActorType[user.role], id: user.id, ip: ctx.ip, userAgent: ctx.userAgent },
      { entityType: 'user', entityId: user.id, action: 'PASSWORD_SET', newValue: { passwordSet: true } },
    );
  });
  return true;
}
