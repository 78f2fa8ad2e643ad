import type { Role } from './role';

/** Who is asking, as established from a verified token. */
export interface Viewer {
  /** The token's `sub`. */
  id: string;
  email: string | null;
  role: Role;
  /** A display name from the token (Supabase `user_metadata.full_name`), used when registering the user. */
  name?: string | null;
  /** Seconds since the epoch; subscriptions close when it passes. */
  expiresAt: number;
}
