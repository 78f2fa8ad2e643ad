import type { Viewer } from './viewer';

/**
 * Tokens already verified, until they expire: a partner or the SPA sends the same access
 * token with every request, and checking its signature again (WebCrypto key import and HMAC
 * through jose) was a visible share of a read's CPU. Keyed by the exact token and the settings
 * it was checked against; bounded, the oldest entry leaving first. Whether the user is still
 * active is not cached here: the user registry decides that on every request.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { settings: string; viewer: Viewer }>();

  constructor(private readonly capacity = 5_000) {}

  /** The viewer of a token verified with the same settings, while `exp` (plus tolerance) has not passed. */
  get(token: string, settings: string, nowSeconds: number, toleranceSeconds: number): Viewer | undefined {
    const entry = this.entries.get(token);
    if (!entry || entry.settings !== settings) return undefined;
    if (entry.viewer.expiresAt + toleranceSeconds <= nowSeconds) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.viewer;
  }

  set(token: string, settings: string, viewer: Viewer): void {
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { settings, viewer });
  }
}
