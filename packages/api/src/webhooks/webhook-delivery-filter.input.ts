import { ArgsType, Field, InputType } from 'type-graphql';
import { ConnectionArgs } from '../core/graphql/connection';
import { WebhookDeliveryStatus, WebhookProvider } from './webhook-delivery.enums';

@InputType('WebhookDeliveryFilter')
export class WebhookDeliveryFilter {
  @Field(() => WebhookProvider, { nullable: true })
  provider?: WebhookProvider | null;

  @Field(() => WebhookDeliveryStatus, { nullable: true })
  status?: WebhookDeliveryStatus | null;
}

@ArgsType()
export class WebhookDeliveriesArgs extends ConnectionArgs {
  @Field(() => WebhookDeliveryFilter, { nullable: true })
  filter?: WebhookDeliveryFilter | null;
}
