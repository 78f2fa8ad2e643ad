import { useQuery, useSubscription } from '@apollo/client/react';
import { FinanceDashboardMetrics, FinanceMetricsUpdated } from './finance.graphql';

/**
 * The live figures: the subscription sends the current snapshot at once and a new one after
 * each change; the query only fills the moment before that first snapshot (or stands in while
 * the socket cannot connect).
 */
export function useFinanceMetrics(days: number) {
  const live = useSubscription(FinanceMetricsUpdated, { variables: { days }, context: { queryDeduplication: false } });
  const snapshot = useQuery(FinanceDashboardMetrics, { variables: { days }, skip: Boolean(live.data) });
  const metrics = live.data?.financeMetricsUpdated ?? snapshot.data?.financeMetrics;
  // Both failing means the figures cannot be had (NOT_FOUND: finance is off on this server).
  const error = metrics ? undefined : (snapshot.error ?? (snapshot.loading ? undefined : live.error));
  const retry = () => {
    live.restart();
    void snapshot.refetch();
  };
  return { metrics, error, loading: !metrics && !error, retry };
}
