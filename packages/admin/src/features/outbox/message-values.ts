import type { OutboundMessageStatus } from '../../gql/graphql';
import type { BadgeTone } from '../../ui/StatusBadge';

/** Exhaustive: a new status fails the type check until it has a tone (and a translation). */
export const STATUS_TONE = {
  PENDING: 'warn',
  SENT: 'ok',
  CAPTURED: 'neutral',
  FAILED: 'danger',
} as const satisfies Record<OutboundMessageStatus, BadgeTone>;
