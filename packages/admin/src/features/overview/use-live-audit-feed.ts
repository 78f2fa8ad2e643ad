import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AuditFeedLineFragment } from '../../gql/graphql';
import { FEED_SIZE, mergeAuditFeed } from './merge-audit-feed';
import { OverviewAuditFeed, OverviewAuditLogAdded } from './overview.graphql';

/** The latest audit entries: the last page from the API, then each new one as it is committed. */
export function useLiveAuditFeed(onAdded?: (entry: AuditFeedLineFragment) => void) {
  const { data, loading, error, refetch } = useQuery(OverviewAuditFeed);
  const [live, setLive] = useState<AuditFeedLineFragment[]>([]);
  // The latest callback without resubscribing when the caller passes a new function.
  const onAddedRef = useRef(onAdded);
  useEffect(() => {
    onAddedRef.current = onAdded;
  }, [onAdded]);

  useSubscription(OverviewAuditLogAdded, {
    context: { queryDeduplication: false },
    onData: ({ data: result }) => {
      const entry = result.data?.auditLogAdded;
      if (!entry) return;
      setLive((previous) => [entry, ...previous].slice(0, FEED_SIZE));
      onAddedRef.current?.(entry);
    },
  });

  const loaded = data?.auditLogs.edges;
  const entries = useMemo(() => mergeAuditFeed(live, loaded?.map((edge) => edge.node) ?? []), [live, loaded]);
  return { entries, loading: loading && !data, error: data ? undefined : error, refetch };
}
