import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../lib/error-message';
import { formatMoney, formatNumber } from '../../lib/format';
import { ErrorState, Loading } from '../../ui/States';
import { OverviewTodayPayments } from './overview.graphql';

export function TodayPayments() {
  const { t } = useTranslation('overview');
  const { data, loading, error, refetch } = useQuery(OverviewTodayPayments);
  const metrics = data?.financeMetrics;
  return (
    <section aria-labelledby="today-payments-heading">
      <h2 id="today-payments-heading">{t('today.heading')}</h2>
      {!metrics && loading ? (
        <Loading />
      ) : !metrics ? (
        // NOT_FOUND here means finance is turned off on this server, not a failure.
        errorCode(error) === 'NOT_FOUND' ? (
          <p className="state">{t('today.disabled')}</p>
        ) : (
          <ErrorState error={error} onRetry={() => void refetch()} />
        )
      ) : (
        <div className="stats" data-testid="today-payments">
          <div className="stat">
            <span className="stat-value">{formatMoney(metrics.totalReceived, metrics.currency.toUpperCase())}</span>
            {t('today.received')}
          </div>
          <div className="stat">
            <span className="stat-value">{formatNumber(metrics.paymentCount)}</span>
            {t('today.count')}
          </div>
        </div>
      )}
    </section>
  );
}
