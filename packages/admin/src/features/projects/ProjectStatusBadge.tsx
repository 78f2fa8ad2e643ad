import { useTranslation } from 'react-i18next';
import type { ProjectStatus } from '../../gql/graphql';
import { StatusBadge, type BadgeTone } from '../../ui/StatusBadge';

// Waiting on someone is worth a glance; certified and active are the good outcomes.
const TONE: Record<ProjectStatus, BadgeTone> = {
  DRAFT: 'neutral',
  PAID: 'neutral',
  SCHEDULED: 'neutral',
  PENDING_EXPERT: 'warn',
  CERTIFIED: 'ok',
  ACTIVE: 'ok',
};

/** A project's status in words, coloured by whether it needs attention. */
export function ProjectStatusBadge({ status, testId }: { status: ProjectStatus; testId?: string }) {
  const { t } = useTranslation('common');
  return (
    <span data-testid={testId} data-status={status}>
      <StatusBadge tone={TONE[status]}>{t(`status.${status}`)}</StatusBadge>
    </span>
  );
}
