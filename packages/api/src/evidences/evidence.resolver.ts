import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../core/context/request-context';
import { Evidence } from './evidence.entity';
import { addEvidence } from './evidence.service';
import { AddEvidenceInput } from './inputs/add-evidence.input';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @Authorized()
  @Mutation(() => Evidence, { description: 'ADMIN, or the CONTRACTOR / EXPERT assigned to the project.' })
  addEvidence(@Arg('input', () => AddEvidenceInput) input: AddEvidenceInput, @Ctx() ctx: RequestContext) {
    return addEvidence(ctx, input);
  }
}
