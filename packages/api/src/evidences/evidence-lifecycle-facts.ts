import type { LifecycleFactSource } from '../projects/lifecycle-facts';
import { EvidenceCategory } from './evidence-category.enum';
import { evidencesByProject } from './evidences-by-project.loader';

/** What the lifecycle's guards know from evidences: how many expert certification photos there are. */
export const evidenceLifecycleFacts: LifecycleFactSource = {
  provides: ['certificationEvidenceCount'],
  async forRequest(ctx, projectId) {
    const evidences = await ctx.loaders.get(evidencesByProject).load(projectId);
    return { certificationEvidenceCount: evidences.filter((evidence) => evidence.category === EvidenceCategory.EXPERT_CERTIFICATION).length };
  },
  async inTransaction(manager, projectId) {
    const [row] = (await manager.query(`SELECT count(*)::int AS n FROM evidences WHERE project_id = $1 AND category = $2`, [
      projectId,
      EvidenceCategory.EXPERT_CERTIFICATION,
    ])) as Array<{ n: number }>;
    return { certificationEvidenceCount: row!.n };
  },
};
