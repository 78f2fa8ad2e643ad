import { hashToken, newOpaqueToken } from '../core/auth/token-hash';
import { queryRows } from '../core/db/query-rows';
import type { TxContext } from '../core/db/transaction';

/** How long an invitation (set-password link) works. */
export const PASSWORD_TOKEN_TTL_DAYS = 7;

/** A new single-use set-password token for the user; only its keyed hash is stored. */
export async function issuePasswordToken(tx: TxContext, userId: string): Promise<string> {
  const token = newOpaqueToken();
  await tx.manager.query(`INSERT INTO password_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(days => $3))`, [
    userId,
    hashToken(tx.config, 'set-password', token),
    PASSWORD_TOKEN_TTL_DAYS,
  ]);
  return token;
}

/**
 * Uses a set-password token: marks it used in the same statement that checks it is open,
 * so two concurrent uses cannot both succeed. Returns the user id, or null when the token
 * is unknown, used or expired (or its user was deactivated).
 */
export async function consumePasswordToken(tx: TxContext, token: string): Promise<string | null> {
  const rows = await queryRows<{ user_id: string }>(
    tx.manager,
    `UPDATE password_tokens t SET used_at = now()
       FROM users u
      WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND u.id = t.user_id AND u.active
      RETURNING t.user_id`,
    [hashToken(tx.config, 'set-password', token)],
  );
  return rows[0]?.user_id ?? null;
}

/** Closes every open set-password link of the user (a password was set, or a new link replaces them). */
export async function revokePasswordTokens(tx: TxContext, userId: string): Promise<void> {
  await tx.manager.query(`UPDATE password_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
}
