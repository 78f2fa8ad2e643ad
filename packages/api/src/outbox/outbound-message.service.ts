import type { Connection, ConnectionArgs } from '../core/graphql/connection';
import { keysetPage } from '../core/graphql/keyset-page';
import type { RequestContext } from '../core/context/request-context';
import { OutboundMessage } from './outbound-message.entity';

/** The outbox, newest first (index ix_outbound_messages_created). Bodies are masked by the resolver. */
export function listOutboundMessages(ctx: RequestContext, args: ConnectionArgs): Promise<Connection<OutboundMessage>> {
  return keysetPage(ctx.dataSource.getRepository(OutboundMessage).createQueryBuilder('m'), 'm', 'created_at', args);
}
