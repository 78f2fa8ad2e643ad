import { useTranslation } from 'react-i18next';
import type { DailyVolumeChartFragment } from '../../gql/graphql';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';

type Day = DailyVolumeChartFragment['dailyVolume'][number];

/** The chart's numbers as a table: for screen readers, and for anyone who wants exact figures. */
export function DailyVolumeTable({ metrics }: { metrics: DailyVolumeChartFragment }) {
  const { t } = useTranslation('finance');
  const currency = metrics.currency.toUpperCase();
  return (
    <details className="daily-volume-table">
      <summary>{t('chart.showTable')}</summary>
      <DataTable<Day>
        caption={t('chart.caption')}
        rows={metrics.dailyVolume}
        rowKey={(day) => day.date}
        columns={[
          { key: 'date', header: t('chart.date'), cell: (day) => formatDate(day.date) },
          { key: 'amount', header: t('chart.amount'), cell: (day) => formatMoney(day.amount, currency) },
          { key: 'count', header: t('chart.count'), cell: (day) => formatNumber(day.count) },
        ]}
      />
    </details>
  );
}
