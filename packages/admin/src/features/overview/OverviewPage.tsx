import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFeedLineFragment } from '../../gql/graphql';
import { PageHeader } from '../../ui/PageHeader';
import { AuditFeed } from './AuditFeed';
import { OverviewProjectCounts, OverviewTodayPayments } from './overview.graphql';
import { ProjectStatusCounts } from './ProjectStatusCounts';
import { TodayPayments } from './TodayPayments';
import { useLiveAuditFeed } from './use-live-audit-feed';
import './overview.css';

/** Entity types whose changes move the counts or today's payments. */
const REFRESHING = new Set(['project', 'payment']);
/** A burst of changes (a webhook recording a payment and a status change) refreshes once. */
const REFRESH_DELAY_MS = 500;

export default function OverviewPage() {
  const { t } = useTranslation('overview');
  const client = useApolloClient();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  // The audit feed is the one live signal on this page; the figures follow it.
  const refreshFigures = useCallback(
    (entry: AuditFeedLineFragment) => {
      if (!REFRESHING.has(entry.entityType)) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void client.refetchQueries({ include: [OverviewProjectCounts, OverviewTodayPayments] }), REFRESH_DELAY_MS);
    },
    [client],
  );
  const feed = useLiveAuditFeed(refreshFigures);

  return (
    <>
      <PageHeader title={t('title')} />
      <ProjectStatusCounts />
      <TodayPayments />
      <AuditFeed entries={feed.entries} loading={feed.loading} error={feed.error} onRetry={() => void feed.refetch()} />
    </>
  );
}
