import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../core/auth/role';
import { ConnectionArgs, connectionTypes } from '../core/graphql/connection';
import type { RequestContext } from '../core/context/request-context';
import { OutboundMessage } from './outbound-message.entity';
import { listOutboundMessages } from './outbound-message.service';
import { maskSecrets } from './outbox.service';

export const { ConnectionType: OutboundMessageConnection, EdgeType: OutboundMessageEdge } = connectionTypes(OutboundMessage, 'OutboundMessage');

@Resolver(() => OutboundMessage)
export class OutboundMessageResolver {
  @Authorized(Role.ADMIN)
  @Query(() => OutboundMessageConnection, { description: 'SMS and e-mail written to the outbox, newest first.' })
  outboundMessages(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    return listOutboundMessages(ctx, args);
  }

  @FieldResolver(() => String, { description: 'Confirmation tokens replaced by asterisks.' })
  body(@Root() message: OutboundMessage): string {
    return maskSecrets(message.body, message.secrets);
  }
}
