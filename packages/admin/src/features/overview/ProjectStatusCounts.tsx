import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectStatus } from '../../gql/graphql';
import { formatNumber } from '../../lib/format';
import { ErrorState, Loading } from '../../ui/States';
import { OverviewProjectCounts } from './overview.graphql';

/** Lifecycle order, each with the alias its count is read under. */
const STATUSES: ReadonlyArray<{ status: ProjectStatus; alias: 'draft' | 'paid' | 'scheduled' | 'pendingExpert' | 'certified' | 'active' }> = [
  { status: 'DRAFT', alias: 'draft' },
  { status: 'PAID', alias: 'paid' },
  { status: 'SCHEDULED', alias: 'scheduled' },
  { status: 'PENDING_EXPERT', alias: 'pendingExpert' },
  { status: 'CERTIFIED', alias: 'certified' },
  { status: 'ACTIVE', alias: 'active' },
];

export function ProjectStatusCounts() {
  const { t } = useTranslation('overview');
  const { t: tCommon } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OverviewProjectCounts);
  return (
    <section aria-labelledby="project-counts-heading">
      <h2 id="project-counts-heading">{t('counts.heading')}</h2>
      {!data && loading ? (
        <Loading />
      ) : !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <ul className="stats overview-counts" data-testid="project-counts">
          {STATUSES.map(({ status, alias }) => (
            <li key={status}>
              <Link className="stat" to={`/projects?status=${status}`}>
                <span className="stat-value">{formatNumber(data[alias].totalCount)}</span>
                {tCommon(`status.${status}`)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
