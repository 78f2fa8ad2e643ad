import { requireViewer } from '../core/auth/require-viewer';
import type { RequestContext } from '../core/context/request-context';
import { ActorType } from './actor-type.enum';

/** Who is making a change, as the audit log records it. */
export interface Actor {
  type: ActorType;
  /** A person's `sub`; a provider's event or message id; null for SYSTEM. */
  id: string | null;
  /** The provider event that caused the change, when there is one. */
  sourceRef?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

/** The signed-in person behind a request: their role is their actor type. */
export function personActor(ctx: RequestContext): Actor {
  const viewer = requireViewer(ctx);
  return { type: ActorType[viewer.role], id: viewer.id, ip: ctx.ip, userAgent: ctx.userAgent };
}

export function systemActor(type: ActorType, id: string | null, sourceRef?: string | null): Actor {
  return { type, id, sourceRef: sourceRef ?? id };
}
