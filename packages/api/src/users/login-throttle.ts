import { hashToken } from '../core/auth/token-hash';
import type { RequestContext } from '../core/context/request-context';

/** The contract: after 5 failed attempts for one e-mail within 15 minutes, further attempts are refused. */
export const LOGIN_FAILURE_LIMIT = 5;
export const LOGIN_FAILURE_WINDOW_MINUTES = 15;

/**
 * Failed sign-ins counted per e-mail in PostgreSQL, so the limit holds across instances and
 * whatever address the attempts come from. An attempt is counted *before* the password is
 * checked (and uncounted on success): concurrent guesses cannot all slip in under the limit.
 */
export class LoginThrottle {
  private readonly key: string;

  constructor(
    private readonly ctx: RequestContext,
    email: string,
  ) {
    this.key = hashToken(ctx.config, 'login-email', email);
  }

  /** Counts this attempt as failed unless it is over the limit; false when it is (nothing counted then). */
  async admit(): Promise<boolean> {
    return this.ctx.dataSource.transaction(async (manager) => {
      // One e-mail's attempts are admitted one at a time; the lock is held for two short statements.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [this.key]);
      await manager.query(`DELETE FROM login_failures WHERE failed_at < now() - make_interval(mins => $1)`, [LOGIN_FAILURE_WINDOW_MINUTES]);
      const rows = (await manager.query(
        `INSERT INTO login_failures (email_key)
         SELECT $1 WHERE (SELECT count(*) FROM login_failures WHERE email_key = $1) < $2
         RETURNING id`,
        [this.key, LOGIN_FAILURE_LIMIT],
      )) as unknown[];
      return rows.length > 0;
    });
  }

  /** A successful sign-in clears the e-mail's failures (its own counted attempt included). */
  async succeeded(): Promise<void> {
    await this.ctx.dataSource.query(`DELETE FROM login_failures WHERE email_key = $1`, [this.key]);
  }
}
