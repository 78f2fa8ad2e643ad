import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../core/auth/role';
import type { RequestContext } from '../core/graphql/request-context';
import { AuditLogConnection } from './audit-log-connection.type';
import { AuditLogsArgs } from './audit-log-filter.input';
import { listAuditLogs } from './audit-log.service';

@Resolver()
export class AuditLogResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditLogConnection, { description: 'Every recorded change, newest first.' })
  auditLogs(@Args(() => AuditLogsArgs) args: AuditLogsArgs, @Ctx() ctx: RequestContext) {
    return listAuditLogs(ctx, args, args.filter);
  }
}
