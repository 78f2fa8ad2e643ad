import { personActor } from '../audit/actor';
import { recordAudit } from '../audit/audit.service';
import { runInTransaction } from '../core/db/transaction';
import { BadUserInputError, ConflictError, NotFoundError } from '../core/errors/domain-error';
import type { RequestContext } from '../core/context/request-context';
import type { MarginRuleInput } from './inputs/margin-rule.input';
import { MarginRule } from './margin-rule.entity';

export function listMarginRules(ctx: RequestContext): Promise<MarginRule[]> {
  return ctx.dataSource.getRepository(MarginRule).find({ order: { validFrom: 'DESC', serviceType: 'ASC' } });
}

/** What the audit log keeps of a saved margin rule (the seed writes the same). */
export function marginRuleSnapshot(rule: Pick<MarginRule, 'serviceType' | 'marginPercent' | 'validFrom' | 'validTo'>) {
  return {
    serviceType: rule.serviceType,
    marginPercent: rule.marginPercent,
    validFrom: rule.validFrom.toISOString(),
    validTo: rule.validTo?.toISOString() ?? null,
  };
}

/**
 * Creates or changes a rule. Overlap with another rule of the service type is refused by the
 * database's exclusion constraint (CONFLICT), reported at `validFrom` so a form can show it there.
 */
export async function upsertMarginRule(ctx: RequestContext, input: MarginRuleInput): Promise<MarginRule> {
  const actor = personActor(ctx);
  if (input.validTo && input.validTo <= input.validFrom) throw new BadUserInputError('validTo must be after validFrom', { field: 'validTo' });
  return saveMarginRule(ctx, actor, input).catch((error: unknown) => {
    if (error instanceof ConflictError && error.details?.['constraint'] === 'ex_margin_rules_overlap') {
      throw new ConflictError(error.message, { ...error.details, field: 'validFrom' });
    }
    throw error;
  });
}

function saveMarginRule(ctx: RequestContext, actor: ReturnType<typeof personActor>, input: MarginRuleInput): Promise<MarginRule> {
  return runInTransaction(ctx, async (tx) => {
    const repository = tx.manager.getRepository(MarginRule);
    const existing = input.id ? await repository.findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (input.id && !existing) throw new NotFoundError('MarginRule', input.id);
    const before = existing ? marginRuleSnapshot(existing) : null;
    const saved = await repository.save(
      repository.merge(existing ?? repository.create(), {
        serviceType: input.serviceType.trim(),
        marginPercent: input.marginPercent,
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
      }),
    );
    await recordAudit(tx, actor, { entityType: 'margin_rule', entityId: saved.id, action: 'MARGIN_RULE_SAVED', oldValue: before, newValue: marginRuleSnapshot(saved) });
    return saved;
  });
}
