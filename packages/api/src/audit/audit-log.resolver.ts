import { Args, Authorized, Ctx, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { assertRole } from '../core/auth/require-viewer';
import { AuditLog } from './audit-log.entity';
import { Role } from '../core/auth/role';
import type { RequestContext } from '../core/context/request-context';
import { AuditLogConnection } from './audit-log-connection.type';
import { AuditLogsArgs } from './audit-log-filter.input';
import { listAuditLogs } from './audit-log.service';

function subscribeAuditLog({ context }: SubscribeResolverData<unknown, unknown, RequestContext>) {
  const viewer = assertRole(context, Role.ADMIN);
  if (!context.live) throw new Error('live subscriptions are not running');
  return context.live.audit.subscribe(viewer);
}

@Resolver()
export class AuditLogResolver {
  @Subscription(() => AuditLog, { subscribe: subscribeAuditLog, description: 'ADMIN. Every new audit entry, once committed.' })
  auditLogAdded(@Root() entry: AuditLog, @Ctx() ctx: RequestContext): AuditLog {
    assertRole(ctx, Role.ADMIN);
    return entry;
  }

  @Authorized(Role.ADMIN)
  @Query(() => AuditLogConnection, { description: 'Every recorded change, newest first.' })
  auditLogs(@Args(() => AuditLogsArgs) args: AuditLogsArgs, @Ctx() ctx: RequestContext) {
    return listAuditLogs(ctx, args, args.filter);
  }
}
