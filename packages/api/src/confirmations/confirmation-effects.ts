import { ProjectStatus } from '../projects/project-status.enum';
import { onEnteringStatus, type LifecycleEffect } from '../projects/lifecycle-effects';
import { issueConfirmationIfPaid } from './confirmation.service';

/**
 * A project certified after its FINAL payment already arrived gets the client confirmation at
 * once, in the certifying transaction; otherwise it would wait in CERTIFIED for a token never sent.
 */
const confirmWhenCertifiedAfterPaying: LifecycleEffect = async (tx, project, actor) => {
  await issueConfirmationIfPaid(tx, project, actor);
};

export function registerConfirmationEffects(): void {
  onEnteringStatus(ProjectStatus.CERTIFIED, confirmWhenCertifiedAfterPaying);
}
