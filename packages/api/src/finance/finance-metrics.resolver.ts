import { Args, Ctx, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { RequestContext } from '../core/graphql/request-context';
import { assertFinanceAccess, metricsWindow } from './finance-access';
import { FinanceMetricsArgs } from './finance-metrics.args';
import { computeFinanceMetrics } from './finance-metrics.service';
import { FinanceMetrics } from './finance-metrics.type';

function subscribeFinance({ args, context }: SubscribeResolverData<unknown, FinanceMetricsArgs, RequestContext>) {
  assertFinanceAccess(context);
  if (!context.live) throw new Error('live subscriptions are not running');
  return context.live.finance.subscribe(metricsWindow(args.days));
}

@Resolver(() => FinanceMetrics)
export class FinanceMetricsResolver {
  @Query(() => FinanceMetrics, { description: 'ADMIN. NOT_FOUND while finance is disabled.' })
  financeMetrics(@Args(() => FinanceMetricsArgs) args: FinanceMetricsArgs, @Ctx() ctx: RequestContext) {
    assertFinanceAccess(ctx);
    return computeFinanceMetrics(ctx.dataSource, ctx.config, metricsWindow(args.days));
  }

  @Subscription(() => FinanceMetrics, {
    subscribe: subscribeFinance,
    description: 'ADMIN. The current snapshot at once, then a new one after changes (bursts coalesced).',
  })
  financeMetricsUpdated(@Root() snapshot: FinanceMetrics, @Args(() => FinanceMetricsArgs) _args: FinanceMetricsArgs, @Ctx() ctx: RequestContext): FinanceMetrics {
    // Checked again for every event, not only at subscribe time.
    assertFinanceAccess(ctx);
    return snapshot;
  }
}
