import { useTranslation } from 'react-i18next';
import type { DailyVolumeChartFragment, FinanceTotalsFragment } from '../../gql/graphql';
import { Empty } from '../../ui/States';
import { DailyVolumeChart } from './DailyVolumeChart';
import { DailyVolumeTable } from './DailyVolumeTable';
import { FinanceTotals } from './FinanceTotals';

export function FinanceMetricsSection({ metrics }: { metrics: FinanceTotalsFragment & DailyVolumeChartFragment }) {
  const { t } = useTranslation('finance');
  const anyVolume = metrics.dailyVolume.some((day) => day.amount !== 0 || day.count !== 0);
  return (
    <section className="card finance-card finance-metrics" aria-labelledby="finance-metrics-heading">
      <h2 id="finance-metrics-heading">{t('totals.heading')}</h2>
      <FinanceTotals metrics={metrics} />
      <h3>{t('chart.heading')}</h3>
      {anyVolume ? (
        <>
          <DailyVolumeChart metrics={metrics} />
          <DailyVolumeTable metrics={metrics} />
        </>
      ) : (
        <Empty>{t('chart.empty')}</Empty>
      )}
    </section>
  );
}
