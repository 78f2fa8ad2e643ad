import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectActionsFragment, ProjectStatus } from '../../gql/graphql';
import { errorCode } from '../../lib/error-message';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/States';
import { CertifyProject, ResendConfirmation, TransitionProjectStatus } from './projects.graphql';
import { refetchProjectAfter } from './refetch-project';

type Action = { kind: 'transition'; to: ProjectStatus } | { kind: 'certify' } | { kind: 'resend' };
const actionKey = (action: Action) => (action.kind === 'transition' ? `transition:${action.to}` : action.kind);

/**
 * The lifecycle steps the API says the viewer may take now (allowedTransitions): one button per
 * target status, CERTIFIED through certifyProject; and, for admins, resending the client's confirmation.
 */
export function ProjectActionsPanel({
  project,
  isAdmin,
  certificationPhotos,
  photosNeeded,
}: {
  project: ProjectActionsFragment;
  isAdmin: boolean;
  certificationPhotos: number;
  photosNeeded: number;
}) {
  const { t } = useTranslation('projects');
  const { t: tc } = useTranslation('common');
  const [transition] = useMutation(TransitionProjectStatus, refetchProjectAfter());
  const [certify] = useMutation(CertifyProject, refetchProjectAfter());
  const [resend] = useMutation(ResendConfirmation, refetchProjectAfter());
  const [running, setRunning] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ error?: unknown; failure?: string; success?: string } | null>(null);

  const run = async (action: Action) => {
    setRunning(actionKey(action));
    setOutcome(null);
    try {
      if (action.kind === 'transition') await transition({ variables: { input: { projectId: project.id, newStatus: action.to } } });
      else if (action.kind === 'certify') await certify({ variables: { projectId: project.id } });
      else await resend({ variables: { projectId: project.id } });
      setOutcome({ success: action.kind === 'resend' ? t('actions.resent') : t('actions.done') });
    } catch (error) {
      // The API refuses a resend without a FINAL payment; say that rather than "not possible now".
      setOutcome(action.kind === 'resend' && errorCode(error) === 'INVALID_TRANSITION' ? { failure: t('actions.resendRefused') } : { error });
    } finally {
      setRunning(null);
    }
  };

  const targets = project.allowedTransitions.filter((status) => status !== 'CERTIFIED');
  const canCertify = project.allowedTransitions.includes('CERTIFIED');
  const canResend = isAdmin && project.status === 'CERTIFIED';
  const missingPhotos = project.status === 'PENDING_EXPERT' && !canCertify && certificationPhotos < photosNeeded;
  const nothingToDo = targets.length === 0 && !canCertify && !canResend;

  return (
    <section className="card" aria-labelledby="project-actions">
      <h2 id="project-actions">{t('actions.title')}</h2>
      {nothingToDo && !missingPhotos && <p className="audit-meta">{t('actions.none')}</p>}
      {missingPhotos && <p className="audit-meta">{t('actions.needsPhotos', { photos: certificationPhotos, needed: photosNeeded })}</p>}
      <div className="project-actions">
        {targets.map((to) => (
          <Button key={to} variant="primary" busy={running === `transition:${to}`} disabled={running !== null} onClick={() => void run({ kind: 'transition', to })}>
            {t('actions.moveTo', { status: tc(`status.${to}`) })}
          </Button>
        ))}
        {canCertify && (
          <Button variant="primary" busy={running === 'certify'} disabled={running !== null} onClick={() => void run({ kind: 'certify' })}>
            {t('actions.certify')}
          </Button>
        )}
        {canResend && (
          <Button busy={running === 'resend'} disabled={running !== null} onClick={() => void run({ kind: 'resend' })}>
            {t('actions.resend')}
          </Button>
        )}
      </div>
      {outcome?.failure ? (
        <p className="form-message form-error" role="alert">
          {outcome.failure}
        </p>
      ) : (
        <FormMessage error={outcome?.error} success={outcome?.success} />
      )}
    </section>
  );
}
