import { useTranslation } from 'react-i18next';
import type { FinanceTotalsFragment } from '../../gql/graphql';
import { formatDateTime, formatMoney, formatNumber, formatPercent } from '../../lib/format';

export function FinanceTotals({ metrics }: { metrics: FinanceTotalsFragment }) {
  const { t } = useTranslation('finance');
  return (
    <>
      <div className="stats">
        <div className="stat">
          <span className="stat-value" data-testid="finance-total">
            {formatMoney(metrics.totalReceived, metrics.currency.toUpperCase())}
          </span>
          {t('totals.received')}
        </div>
        <div className="stat">
          <span className="stat-value" data-testid="finance-count">
            {formatNumber(metrics.paymentCount)}
          </span>
          {t('totals.count')}
        </div>
        <div className="stat">
          <span className="stat-value" data-testid="finance-manual-ratio">
            {formatPercent(metrics.manualRatio)}
          </span>
          {t('totals.manualRatio')}
        </div>
      </div>
      {metrics.asOf && <p className="field-hint">{t('totals.asOf', { time: formatDateTime(metrics.asOf) })}</p>}
    </>
  );
}
