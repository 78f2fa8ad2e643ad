import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../core/auth/role';
import type { RequestContext } from '../core/context/request-context';
import { MarginRuleInput } from './inputs/margin-rule.input';
import { MarginRule } from './margin-rule.entity';
import { listMarginRules, upsertMarginRule } from './margin-rule.service';

@Resolver(() => MarginRule)
export class MarginRuleResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [MarginRule], { description: 'Newest validFrom first.' })
  marginRules(@Ctx() ctx: RequestContext) {
    return listMarginRules(ctx);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => MarginRule)
  upsertMarginRule(@Arg('input', () => MarginRuleInput) input: MarginRuleInput, @Ctx() ctx: RequestContext) {
    return upsertMarginRule(ctx, input);
  }
}
