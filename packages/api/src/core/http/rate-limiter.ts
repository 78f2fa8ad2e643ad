import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import type { Logger } from '../logging/logger';
import { hashToken } from '../auth/token-hash';

export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the key's window resets (at least 1 when refused). */
  retryAfterSeconds: number;
}

export interface RateLimiterDeps {
  config: AppConfig;
  logger: Logger;
  dataSource: DataSource;
}

/** Expired windows are deleted at most this often, by whichever instance notices first. */
const SWEEP_EVERY_MS = 5 * 60_000;

/**
 * Fixed-window counters per key (an address, a user id) in PostgreSQL (`rate_limit_counters`),
 * so every instance on one database counts against the same limit. One UPSERT per hit counts
 * and reads atomically, and the window is measured on the database's clock, not each
 * instance's. Keys are stored as keyed hashes: no addresses in the table.
 * If the database cannot answer, the request is let through (and logged): the limiter slows
 * abuse down, it must not turn a database hiccup into refusals the request itself might survive.
 */
export class RateLimiter {
  private lastSweep = 0;

  constructor(
    private readonly deps: RateLimiterDeps,
    /** Names the limit, so two limiters never share a counter. */
    private readonly name: string,
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Counts `points` for `key` and says whether the key is still within its limit. */
  async hit(key: string, points = 1): Promise<RateLimitDecision> {
    this.sweepNowAndThen();
    try {
      const rows: Array<{ points: number; retry_after: number }> = await this.deps.dataSource.query(
        `INSERT INTO rate_limit_counters AS c (key, points, resets_at)
         VALUES ($1, $2, now() + make_interval(secs => $3))
         ON CONFLICT (key) DO UPDATE SET
           points = CASE WHEN c.resets_at <= now() THEN EXCLUDED.points ELSE c.points + EXCLUDED.points END,
           resets_at = CASE WHEN c.resets_at <= now() THEN EXCLUDED.resets_at ELSE c.resets_at END
         RETURNING points, ceil(extract(epoch FROM resets_at - now()))::int AS retry_after`,
        [this.keyOf(key), points, this.windowMs / 1000],
      );
      const row = rows[0]!;
      return { allowed: row.points <= this.max, retryAfterSeconds: Math.max(row.retry_after, 1) };
    } catch (error) {
      return this.unavailable(error);
    }
  }

  /** Whether `key` is already at its limit, without counting. */
  async blocked(key: string): Promise<RateLimitDecision> {
    try {
      const rows: Array<{ points: number; retry_after: number }> = await this.deps.dataSource.query(
        `SELECT points, ceil(extract(epoch FROM resets_at - now()))::int AS retry_after FROM rate_limit_counters WHERE key = $1 AND resets_at > now()`,
        [this.keyOf(key)],
      );
      const row = rows[0];
      if (!row) return { allowed: true, retryAfterSeconds: 0 };
      return { allowed: row.points < this.max, retryAfterSeconds: Math.max(row.retry_after, 1) };
    } catch (error) {
      return this.unavailable(error);
    }
  }

  private keyOf(key: string): string {
    return hashToken(this.deps.config, 'rate-limit', `${this.name}:${key}`);
  }

  private unavailable(error: unknown): RateLimitDecision {
    this.deps.logger.warn({ err: error, limit: this.name }, 'rate limit not checked: database unavailable');
    return { allowed: true, retryAfterSeconds: 0 };
  }

  /** Old windows are dead weight; deleting them is not worth a timer (and a query after shutdown). */
  private sweepNowAndThen(): void {
    const now = Date.now();
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    this.deps.dataSource.query(`DELETE FROM rate_limit_counters WHERE resets_at < now() - interval '1 minute'`).catch((error: unknown) => {
      this.deps.logger.warn({ err: error }, 'expired rate limit windows not deleted');
    });
  }
}
