/** Who is signed in, as the API's `Session` describes them. */
export interface SessionUser {
  id: string;
  email: string | null;
  name: string;
  role: 'ADMIN' | 'CONTRACTOR' | 'EXPERT' | 'CLIENT';
}

export interface Session {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  user: SessionUser;
}

/** Asks the API for a new session from the refresh cookie; null when there is none (signed out). */
export type Renew = () => Promise<Session | null>;

/** How long before expiry the access token is renewed. */
export const RENEW_BEFORE_MS = 60_000;

/**
 * The access token, in memory only (never localStorage: a script injected into the page must
 * not find a long-lived credential). It is renewed shortly before it expires and whenever the
 * API says UNAUTHENTICATED, one renewal at a time: a tab waking from sleep with ten queries and
 * an overdue timer fires a single refreshSession, since the refresh token rotates on every use.
 */
export class SessionStore {
  private current: Session | null = null;
  private renewing: Promise<Session | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<(session: Session | null) => void>();

  constructor(
    private readonly renewFromCookie: Renew,
    private readonly now: () => number = Date.now,
  ) {}

  get session(): Session | null {
    return this.current;
  }

  get accessToken(): string | null {
    return this.current?.accessToken ?? null;
  }

  /** The token to send now: renewed first when it has expired or is about to (a tab back from sleep). */
  async freshToken(): Promise<string | null> {
    if (this.current && this.current.expiresAt - this.now() < RENEW_BEFORE_MS / 2) await this.renew();
    return this.accessToken;
  }

  set(session: Session | null): void {
    this.current = session;
    clearTimeout(this.timer);
    if (session) this.timer = setTimeout(() => void this.renew(), Math.max(0, session.expiresAt - this.now() - RENEW_BEFORE_MS));
    for (const listener of this.listeners) listener(session);
  }

  /** One refreshSession at a time; concurrent callers share its outcome. A failed renewal signs out. */
  renew(): Promise<Session | null> {
    this.renewing ??= this.renewFromCookie()
      .catch(() => null)
      .then((session) => {
        this.set(session);
        return session;
      })
      .finally(() => {
        this.renewing = null;
      });
    return this.renewing;
  }

  subscribe(listener: (session: Session | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  clear(): void {
    this.set(null);
  }
}
