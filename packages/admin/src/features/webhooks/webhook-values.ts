import type { WebhookDeliveryFilter, WebhookDeliveryStatus, WebhookProvider } from '../../gql/graphql';
import type { BadgeTone } from '../../ui/StatusBadge';

export const PROVIDERS: readonly WebhookProvider[] = ['STRIPE', 'TWILIO', 'CHAT'];

/** Every status with how much it needs an admin's attention (exhaustive: a new status fails the type check). */
export const STATUS_TONE = {
  RECEIVED: 'warn',
  PROCESSED: 'ok',
  IGNORED: 'neutral',
  FAILED: 'danger',
  REJECTED: 'danger',
} as const satisfies Record<WebhookDeliveryStatus, BadgeTone>;

export const STATUSES = Object.keys(STATUS_TONE) as WebhookDeliveryStatus[];

/** The API replays FAILED deliveries and ones stuck in RECEIVED; REJECTED ones were never verified. */
export const isReplayable = (status: WebhookDeliveryStatus) => status === 'FAILED' || status === 'RECEIVED';

/** The list filter from the URL; an unknown value (an edited or old link) is ignored rather than sent. */
export function filterFromUrl(provider: string, status: string): WebhookDeliveryFilter {
  return {
    ...(PROVIDERS.includes(provider as WebhookProvider) ? { provider: provider as WebhookProvider } : {}),
    ...(STATUSES.includes(status as WebhookDeliveryStatus) ? { status: status as WebhookDeliveryStatus } : {}),
  };
}
