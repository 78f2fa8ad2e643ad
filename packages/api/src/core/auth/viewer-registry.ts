import type { Viewer } from './viewer';

/** Whether the person behind a valid token may act: a deactivated user may not, whatever their token says. */
export type Standing = 'active' | 'inactive';

/**
 * Where authentication learns who a token's `sub` is. The users domain implements it
 * (registering a `sub` it does not know yet); core only asks.
 */
export interface ViewerRegistry {
  standingOf(viewer: Viewer): Promise<Standing>;
  /** Drops what this process remembers about a user (their role or standing just changed). */
  forget(userId: string): void;
}
