import type { RequestContext } from '../core/context/request-context';
import { hashToken, newOpaqueToken } from '../core/auth/token-hash';
import { queryRows } from '../core/db/query-rows';
import type { TxContext } from '../core/db/transaction';

/** A refresh token unused this long expires; a sign-in lasts at most SESSION_MAX_DAYS however often it is refreshed. */
export const REFRESH_IDLE_DAYS = 14;
export const SESSION_MAX_DAYS = 30;

export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
}

export interface SessionUser {
  id: string;
  email: string | null;
  role: string;
}

export type Rotation =
  { ok: true; userId: string; refresh: IssuedRefreshToken } | { ok: false; reason: 'unknown' | 'revoked' | 'expired' | 'inactive' | 'reused'; userId?: string };

const hashOf = (ctx: RequestContext, token: string) => hashToken(ctx.config, 'refresh', token);

/** Starts a sign-in: the first refresh token of a new family. */
export async function startSession(tx: TxContext, userId: string): Promise<IssuedRefreshToken> {
  return insertRefreshToken(tx, userId, null);
}

async function insertRefreshToken(tx: TxContext, userId: string, family: { id: string; expiresAt: Date } | null): Promise<IssuedRefreshToken> {
  const token = newOpaqueToken();
  const [row] = (await tx.manager.query(
    `INSERT INTO user_sessions (user_id, family_id, token_hash, expires_at, family_expires_at, ip, user_agent)
     SELECT $1, f.family_id, $3, least(now() + make_interval(days => $4), f.family_expires_at), f.family_expires_at, $6, $7
       FROM (SELECT coalesce($2::uuid, gen_random_uuid()) AS family_id,
                    coalesce($5::timestamptz, now() + make_interval(days => $8)) AS family_expires_at) f
     RETURNING expires_at`,
    [userId, family?.id ?? null, hashOf(tx, token), REFRESH_IDLE_DAYS, family?.expiresAt ?? null, tx.ip, tx.userAgent?.slice(0, 500) ?? null, SESSION_MAX_DAYS],
  )) as Array<{ expires_at: Date }>;
  return { token, expiresAt: row!.expires_at };
}

/**
 * Uses a refresh token once: it is marked rotated and a new one of the same family is
 * issued. A token presented again after rotation was copied: every session of its user
 * is revoked (committed even though the caller refuses the request).
 */
export async function rotateRefreshToken(tx: TxContext, token: string): Promise<Rotation> {
  const [session] = (await tx.manager.query(
    `SELECT s.id, s.user_id, s.family_id, s.family_expires_at, s.rotated_at, s.revoked_at, s.expires_at <= now() AS expired, u.active
       FROM user_sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1
        FOR UPDATE OF s`,
    [hashOf(tx, token)],
  )) as Array<{ id: string; user_id: string; family_id: string; family_expires_at: Date; rotated_at: Date | null; revoked_at: Date | null; expired: boolean; active: boolean }>;
  if (!session) return { ok: false, reason: 'unknown' };
  const userId = session.user_id;
  if (session.revoked_at) return { ok: false, reason: 'revoked', userId };
  if (session.rotated_at) {
    await revokeUserSessions(tx, userId);
    return { ok: false, reason: 'reused', userId };
  }
  if (session.expired) return { ok: false, reason: 'expired', userId };
  if (!session.active) {
    await revokeUserSessions(tx, userId);
    return { ok: false, reason: 'inactive', userId };
  }
  await tx.manager.query(`UPDATE user_sessions SET rotated_at = now() WHERE id = $1`, [session.id]);
  const refresh = await insertRefreshToken(tx, userId, { id: session.family_id, expiresAt: session.family_expires_at });
  return { ok: true, userId, refresh };
}

/** Ends the sign-in a refresh token belongs to (all its rotations); unknown tokens are ignored. */
export async function revokeSessionOf(ctx: RequestContext, token: string): Promise<void> {
  await (ctx.manager ?? ctx.dataSource.manager).query(
    `UPDATE user_sessions SET revoked_at = now()
      WHERE revoked_at IS NULL AND family_id = (SELECT family_id FROM user_sessions WHERE token_hash = $1)`,
    [hashOf(ctx, token)],
  );
}

/** Ends every sign-in of a user (deactivation, a reused refresh token). */
export async function revokeUserSessions(tx: TxContext, userId: string): Promise<number> {
  const rows = await queryRows(tx.manager, `UPDATE user_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id`, [userId]);
  return rows.length;
}
