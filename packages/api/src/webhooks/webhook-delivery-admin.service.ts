import { keysetPage } from '../core/graphql/keyset-page';
import { personActor } from '../audit/actor';
import { recordAudit } from '../audit/audit.service';
import { runInTransaction } from '../core/db/transaction';
import { BadUserInputError, NotFoundError } from '../core/errors/domain-error';
import type { Connection } from '../core/graphql/connection';
import type { RequestContext } from '../core/context/request-context';
import { isUuid } from '../core/validation/is-uuid';
import { handlerFor } from './delivery-handlers';
import type { WebhookDeliveriesArgs } from './webhook-delivery-filter.input';
import { WebhookDeliveryStatus } from './webhook-delivery.enums';
import { WebhookDelivery } from './webhook-delivery.entity';
import { processDelivery } from './webhook-delivery.service';

/** Newest first; for admins watching provider traffic. */
export async function listWebhookDeliveries(ctx: RequestContext, args: WebhookDeliveriesArgs): Promise<Connection<WebhookDelivery>> {
  const qb = ctx.dataSource.getRepository(WebhookDelivery).createQueryBuilder('d');
  if (args.filter?.provider) qb.andWhere('d.provider = :provider', { provider: args.filter.provider });
  if (args.filter?.status) qb.andWhere('d.status = :status', { status: args.filter.status });
  return keysetPage(qb, 'd', 'received_at', args);
}

/**
 * Runs a FAILED (or stuck RECEIVED) delivery again through the same handler a provider's
 * call uses. Still failing: it stays FAILED with the new error. REJECTED deliveries were
 * never trusted and cannot be replayed; processed ones are returned as they are.
 */
export async function replayWebhookDelivery(ctx: RequestContext, id: string): Promise<WebhookDelivery> {
  const actor = personActor(ctx);
  const repository = ctx.dataSource.getRepository(WebhookDelivery);
  const delivery = isUuid(id) ? await repository.findOneBy({ id }) : null;
  if (!delivery) throw new NotFoundError('WebhookDelivery', id);
  if (delivery.status === WebhookDeliveryStatus.REJECTED) throw new BadUserInputError('A REJECTED delivery was never verified and cannot be replayed');
  if (delivery.status === WebhookDeliveryStatus.PROCESSED || delivery.status === WebhookDeliveryStatus.IGNORED) return delivery;
  const result = await processDelivery(ctx, delivery.id, handlerFor(delivery), { replay: true });
  await runInTransaction(ctx, (tx) =>
    recordAudit(tx, actor, {
      entityType: 'webhook_delivery',
      entityId: delivery.id,
      action: 'WEBHOOK_REPLAYED',
      oldValue: { status: delivery.status, error: delivery.error },
      newValue: { status: result.delivery.status, error: result.delivery.error },
    }),
  );
  return result.delivery;
}
