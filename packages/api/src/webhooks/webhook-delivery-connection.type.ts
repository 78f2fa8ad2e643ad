import { connectionTypes } from '../core/graphql/connection';
import { WebhookDelivery } from './webhook-delivery.entity';

export const { ConnectionType: WebhookDeliveryConnection, EdgeType: WebhookDeliveryEdge } = connectionTypes(WebhookDelivery, 'WebhookDelivery');
