import { decodeCursor, encodeCursor, toConnection, type Connection, type ConnectionArgs } from '../core/graphql/connection';
import type { RequestContext } from '../core/graphql/request-context';
import { isUuid } from '../projects/project-visibility';
import { OutboundMessage } from './outbound-message.entity';

type MessageCursor = [createdAt: string, id: string];
const isMessageCursor = (key: unknown): key is MessageCursor =>
  Array.isArray(key) && key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'string' && isUuid(key[1]);

/** The outbox, newest first (index ix_outbound_messages_created). Bodies are masked by the resolver. */
export async function listOutboundMessages(ctx: RequestContext, args: ConnectionArgs): Promise<Connection<OutboundMessage>> {
  const qb = ctx.dataSource.getRepository(OutboundMessage).createQueryBuilder('m');
  const totalCount = await qb.clone().getCount();

  // The cursor keeps created_at as PostgreSQL prints it: microseconds, which a JS Date would lose.
  const page = qb.clone().addSelect('m.created_at::text', 'cursor_created_at');
  if (args.after) {
    const [createdAt, id] = decodeCursor(args.after, isMessageCursor);
    page.andWhere('(m.created_at, m.id) < (CAST(:createdAt AS timestamptz), CAST(:id AS uuid))', { createdAt, id });
  }
  const { entities, raw } = await page
    .orderBy('m.created_at', 'DESC')
    .addOrderBy('m.id', 'DESC')
    .limit(args.first + 1)
    .getRawAndEntities<{ cursor_created_at: string }>();
  const cursors = new Map(entities.map((message, i) => [message.id, encodeCursor([raw[i]!.cursor_created_at, message.id])]));
  return toConnection(entities, args.first, totalCount, (message) => cursors.get(message.id)!, Boolean(args.after));
}
