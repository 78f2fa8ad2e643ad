import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatMoney } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { FinanceRecentPayments } from './finance.graphql';
import { ReceiptButton } from './ReceiptButton';
import { recentPayments, type RecentPayment } from './recent-payments';

const SHOWN = 20;

export function RecentPayments() {
  const { t } = useTranslation('finance');
  const { data, loading, error, refetch } = useQuery(FinanceRecentPayments);
  const payments = useMemo(() => recentPayments(data?.projects.edges.map((edge) => edge.node) ?? [], SHOWN), [data]);
  const money = (payment: RecentPayment) => formatMoney(payment.amount, payment.currency.toUpperCase());

  return (
    <section className="card finance-card" aria-labelledby="recent-payments-heading">
      <h2 id="recent-payments-heading">{t('recent.heading')}</h2>
      {!data && loading ? (
        <Loading />
      ) : !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : payments.length === 0 ? (
        <Empty>{t('recent.empty')}</Empty>
      ) : (
        <div data-testid="recent-payments">
          <DataTable<RecentPayment>
            caption={t('recent.heading')}
            rows={payments}
            rowKey={(payment) => payment.id}
            columns={[
              { key: 'receivedAt', header: t('recent.receivedAt'), cell: (payment) => formatDateTime(payment.receivedAt) },
              { key: 'client', header: t('recent.client'), cell: (payment) => <Link to={`/projects/${payment.projectId}`}>{payment.clientName}</Link> },
              { key: 'type', header: t('recent.type'), cell: (payment) => t(`paymentType.${payment.paymentType}`) },
              { key: 'method', header: t('recent.method'), cell: (payment) => (payment.method ? t(`method.${payment.method}`) : t(`provider.${payment.provider}`)) },
              { key: 'amount', header: t('recent.amount'), cell: money },
              { key: 'status', header: t('recent.status'), cell: (payment) => <span className="badge">{t(`paymentStatus.${payment.status}`)}</span> },
              {
                key: 'receipt',
                header: t('recent.receiptColumn'),
                // A failed payment received no money: the API has no receipt for it.
                cell: (payment) => (payment.status === 'FAILED' ? '—' : <ReceiptButton paymentId={payment.id} description={`${payment.clientName}, ${money(payment)}`} />),
              },
            ]}
          />
        </div>
      )}
    </section>
  );
}
