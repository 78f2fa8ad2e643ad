import { Arg, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import { FinanceAccess } from '../finance/finance-access';
import type { RequestContext } from '../core/context/request-context';
import { QuickPaymentInput } from './inputs/quick-payment.input';
import { recordQuickPayment } from './quick-payment.service';
import { QuickPaymentResult } from './quick-payment-result.type';

@Resolver()
export class QuickPaymentResolver {
  @Mutation(() => QuickPaymentResult, { description: 'ADMIN. NOT_FOUND while finance is disabled.' })
  @UseMiddleware(FinanceAccess)
  recordQuickPayment(@Arg('input', () => QuickPaymentInput) input: QuickPaymentInput, @Ctx() ctx: RequestContext) {
    return recordQuickPayment(ctx, input);
  }
}
