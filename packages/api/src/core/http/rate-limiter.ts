export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the key's window resets. */
  retryAfterSeconds: number;
}

/**
 * Fixed-window counters per key (an IP, a user id), in this process' memory. Enough to slow a
 * script down; several instances each count on their own, so the effective limit is per instance.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.sweeper = setInterval(() => this.sweep(), windowMs);
    this.sweeper.unref();
  }

  /** Counts one hit for `key`. */
  hit(key: string): RateLimitDecision {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return { allowed: window.count <= this.max, retryAfterSeconds: Math.ceil((window.resetAt - now) / 1000) };
  }

  /** Whether `key` is already over the limit, without counting. */
  blocked(key: string): RateLimitDecision {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now) return { allowed: true, retryAfterSeconds: 0 };
    return { allowed: window.count < this.max, retryAfterSeconds: Math.ceil((window.resetAt - now) / 1000) };
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
