import { randomUUID } from 'node:crypto';
import { systemActor } from '../audit/actor';
import { ActorType } from '../audit/actor-type.enum';
import { recordAudit } from '../audit/audit.service';
import type { Role } from '../core/auth/role';
import type { Viewer } from '../core/auth/viewer';
import type { Standing, ViewerRegistry } from '../core/auth/viewer-registry';
import { queryRows } from '../core/db/query-rows';
import { runInTransaction, type TxContext } from '../core/db/transaction';
import type { EventBus } from '../core/events/event-bus';
import { createSystemContext, type ContextDeps } from '../core/context/context-factory';
import { isUuid } from '../core/validation/is-uuid';

/** How long a process trusts what it read about a user; changes made elsewhere also arrive as `user.changed`. */
const CACHE_TTL_MS = 60_000;
const CACHE_MAX_ENTRIES = 10_000;

interface Known {
  role: Role;
  active: boolean;
  readAt: number;
}

/**
 * The users a token may name. A valid token whose `sub` is unknown registers that user
 * (id = sub, e-mail and role from the token, audited USER_CREATED by SYSTEM) in the request
 * that first presents it; a known user's role follows their latest token. What was read is
 * cached briefly per process, so a known user costs no query per request.
 */
export class UserRegistry implements ViewerRegistry {
  private readonly known = new Map<string, Known>();
  private readonly unsubscribe: (() => void) | undefined;

  constructor(
    private readonly deps: ContextDeps,
    bus?: EventBus,
  ) {
    this.unsubscribe = bus?.subscribe((event) => {
      if (event.type === 'user.changed') this.known.delete(event.userId);
      // The bus may have missed changes: trust nothing cached.
      if (event.type === 'refresh') this.known.clear();
    });
  }

  async standingOf(viewer: Viewer): Promise<Standing> {
    // Ids are UUIDs (Supabase's `sub` is one); any other `sub` can sign in but never be a user record.
    if (!isUuid(viewer.id)) return 'active';
    const cached = this.known.get(viewer.id);
    if (cached && cached.role === viewer.role && Date.now() - cached.readAt < CACHE_TTL_MS) return standing(cached.active);

    const [row] = (await this.deps.dataSource.query(`SELECT role, active FROM users WHERE id = $1`, [viewer.id])) as Array<{ role: Role; active: boolean }>;
    const active = row && row.role === viewer.role ? row.active : await this.registerOrUpdate(viewer);
    this.remember(viewer.id, { role: viewer.role, active, readAt: Date.now() });
    return standing(active);
  }

  /** Forgets a user at once in this process (the bus tells the others). */
  forget(userId: string): void {
    this.known.delete(userId);
  }

  close(): void {
    this.unsubscribe?.();
    this.known.clear();
  }

  private remember(id: string, entry: Known): void {
    this.known.delete(id);
    if (this.known.size >= CACHE_MAX_ENTRIES) this.known.delete(this.known.keys().next().value!);
    this.known.set(id, entry);
  }

  private registerOrUpdate(viewer: Viewer): Promise<boolean> {
    const ctx = createSystemContext(this.deps, { requestId: randomUUID(), ip: null, userAgent: null });
    return runInTransaction(ctx, async (tx) => (await register(tx, viewer)) ?? (await followTokenRole(tx, viewer)));
  }
}

function standing(active: boolean): Standing {
  return active ? 'active' : 'inactive';
}

/**
 * Inserts the user once, also under concurrent first requests (ON CONFLICT: the losers
 * insert nothing). An e-mail another user already has is left out rather than refusing a
 * valid token. Returns null when the user existed already.
 */
async function register(tx: TxContext, viewer: Viewer): Promise<boolean | null> {
  const name = viewer.name?.trim().slice(0, 200) || viewer.email?.split('@')[0] || 'User';
  for (const email of viewer.email ? [viewer.email, null] : [null]) {
    const inserted = (await tx.manager.query(`INSERT INTO users (id, email, role, name) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING active, created_at`, [
      viewer.id,
      email,
      viewer.role,
      name,
    ])) as Array<{ active: boolean }>;
    if (inserted[0]) {
      await recordAudit(tx, systemActor(ActorType.SYSTEM, null), {
        entityType: 'user',
        entityId: viewer.id,
        action: 'USER_CREATED',
        newValue: { email, name, role: viewer.role, phone: null, active: true, source: 'token' },
      });
      return inserted[0].active;
    }
    const [exists] = (await tx.manager.query(`SELECT 1 FROM users WHERE id = $1`, [viewer.id])) as unknown[];
    if (exists) return null;
    // The conflict was the e-mail: try again without it.
  }
  throw new Error('could not register the token subject');
}

/** A known user's role follows their latest token; the change is audited once, whoever wins a race. */
async function followTokenRole(tx: TxContext, viewer: Viewer): Promise<boolean> {
  const rows = await queryRows<{ old_role: Role; active: boolean }>(
    tx.manager,
    `UPDATE users u SET role = $2, updated_at = now()
       FROM (SELECT id, role AS old_role FROM users WHERE id = $1 FOR UPDATE) o
      WHERE u.id = o.id AND o.old_role <> $2
      RETURNING o.old_role, u.active`,
    [viewer.id, viewer.role],
  );
  const changed = rows[0];
  if (!changed) {
    const [row] = (await tx.manager.query(`SELECT active FROM users WHERE id = $1`, [viewer.id])) as Array<{ active: boolean }>;
    return row?.active ?? false;
  }
  await recordAudit(tx, systemActor(ActorType.SYSTEM, null), {
    entityType: 'user',
    entityId: viewer.id,
    action: 'USER_UPDATED',
    oldValue: { role: changed.old_role },
    newValue: { role: viewer.role },
    note: 'role from the latest access token',
  });
  return changed.active;
}
