import { personActor } from '../audit/actor';
import { recordAudit } from '../audit/audit.service';
import { Role } from '../core/auth/role';
import { runInTransaction } from '../core/db/transaction';
import { ForbiddenError } from '../core/errors/domain-error';
import { requireViewer } from '../core/auth/require-viewer';
import type { RequestContext } from '../core/context/request-context';
import { lockProject } from '../projects/project.service';
import { announceProjectChanged } from '../projects/project-events';
import { Evidence } from './evidence.entity';
import type { AddEvidenceInput } from './inputs/add-evidence.input';

/** Who may add photos: admins, and the contractor or expert assigned to the project (visibility checks the assignment). */
const MAY_ADD_EVIDENCE = new Set([Role.ADMIN, Role.CONTRACTOR, Role.EXPERT]);

export async function addEvidence(ctx: RequestContext, input: AddEvidenceInput): Promise<Evidence> {
  const viewer = requireViewer(ctx);
  const actor = personActor(ctx);
  return runInTransaction(ctx, async (tx) => {
    // Locked like a transition, so a certification never counts evidences half-written.
    const project = await lockProject(tx, input.projectId, viewer);
    if (!MAY_ADD_EVIDENCE.has(viewer.role)) throw new ForbiddenError(`${viewer.role} may not add evidences`);
    const repository = tx.manager.getRepository(Evidence);
    const evidence = await repository.save(
      repository.create({
        projectId: project.id,
        fileUrl: input.fileUrl,
        category: input.category,
        showOnWeb: input.showOnWeb ?? false,
        isFeatured: input.isFeatured ?? false,
        uploadedBy: viewer.id,
      }),
    );
    await recordAudit(tx, actor, {
      entityType: 'evidence',
      entityId: evidence.id,
      projectId: project.id,
      action: 'EVIDENCE_ADDED',
      newValue: evidenceSnapshot(evidence),
    });
    announceProjectChanged(tx, project.id);
    return evidence;
  });
}

/** What the audit log keeps of an added evidence (the seed writes the same). */
export function evidenceSnapshot(evidence: Pick<Evidence, 'category' | 'fileUrl' | 'showOnWeb' | 'isFeatured'>) {
  return { category: evidence.category, fileUrl: evidence.fileUrl, showOnWeb: evidence.showOnWeb, isFeatured: evidence.isFeatured };
}
