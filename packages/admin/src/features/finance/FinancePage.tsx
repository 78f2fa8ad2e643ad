import { useTranslation } from 'react-i18next';
import { errorCode } from '../../lib/error-message';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorState, Loading } from '../../ui/States';
import { FinanceMetricsSection } from './FinanceMetricsSection';
import { FinanceUnavailable } from './FinanceUnavailable';
import { PaymentsCsvExport } from './PaymentsCsvExport';
import { QuickPaymentForm } from './QuickPaymentForm';
import { RecentPayments } from './RecentPayments';
import { useFinanceMetrics } from './use-finance-metrics';
import './finance.css';

/** The window of the figures and the chart, in calendar days including today. */
const DAYS = 30;

export default function FinancePage() {
  const { t } = useTranslation('finance');
  const { metrics, error, loading, retry } = useFinanceMetrics(DAYS);

  if (error && errorCode(error) === 'NOT_FOUND') {
    return (
      <>
        <PageHeader title={t('title')} />
        <FinanceUnavailable />
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('title')} />
      {loading ? <Loading /> : metrics ? <FinanceMetricsSection metrics={metrics} /> : <ErrorState error={error} onRetry={retry} />}
      <div className="finance-columns">
        <QuickPaymentForm />
        <PaymentsCsvExport />
      </div>
      <RecentPayments />
    </>
  );
}
