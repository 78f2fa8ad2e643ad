import type { Role } from './role';

/** Who is asking, as established from a verified token. */
export interface Viewer {
  /** The token's `sub`. */
  id: string;
  email: string | null;
  role: Role;
  /** Seconds since the epoch; subscriptions close when it passes. */
  expiresAt: number;
}
