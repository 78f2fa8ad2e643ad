import { Args, Ctx, Query, Resolver, Root, Subscription, UseMiddleware, type SubscribeResolverData } from 'type-graphql';
import type { RequestContext } from '../core/context/request-context';
import { FinanceAccess, assertFinanceAccess, metricsWindow } from './finance-access';
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
  @UseMiddleware(FinanceAccess)
  financeMetrics(@Args(() => FinanceMetricsArgs) args: FinanceMetricsArgs, @Ctx() ctx: RequestContext) {
    return computeFinanceMetrics(ctx.dataSource, ctx.config, metricsWindow(args.days));
  }

  @Subscription(() => FinanceMetrics, {
    subscribe: subscribeFinance,
    description: 'ADMIN. The current snapshot at once, then a new one after changes (bursts coalesced).',
  })
  // Checked again for every event (FinanceAccess), not only at subscribe time.
  @UseMiddleware(FinanceAccess)
  financeMetricsUpdated(@Root() snapshot: FinanceMetrics, @Args(() => FinanceMetricsArgs) _args: FinanceMetricsArgs): FinanceMetrics {
    return snapshot;
  }
}
