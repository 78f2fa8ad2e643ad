import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../core/auth/role';
import type { RequestContext } from '../core/context/request-context';
import { WebhookDeliveryConnection } from './webhook-delivery-connection.type';
import { WebhookDeliveriesArgs } from './webhook-delivery-filter.input';
import { listWebhookDeliveries, replayWebhookDelivery } from './webhook-delivery-admin.service';
import { WebhookDelivery } from './webhook-delivery.entity';

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @Authorized(Role.ADMIN)
  @Query(() => WebhookDeliveryConnection, { description: 'Every provider delivery, newest first.' })
  webhookDeliveries(@Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs, @Ctx() ctx: RequestContext) {
    return listWebhookDeliveries(ctx, args);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookDelivery, { description: 'Re-runs a FAILED delivery through the same code path; REJECTED ones are BAD_USER_INPUT.' })
  replayWebhookDelivery(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return replayWebhookDelivery(ctx, id);
  }
}
