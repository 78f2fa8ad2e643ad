import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { DailyVolumeChartFragment } from '../../gql/graphql';
import { formatDate, formatMoney } from '../../lib/format';

const HEIGHT = 260;
/** Half a day either side, so the first and last bars are not cut in half at the edges. */
const HALF_DAY_S = 43_200;
const ACCENT = '#1f6f43';

/** uPlot's columns: days as epoch seconds (UTC midnight, so no zone shifts the day) and amounts in cents. */
function toColumns(metrics: DailyVolumeChartFragment): uPlot.AlignedData {
  return [metrics.dailyVolume.map((day) => Date.parse(`${day.date}T00:00:00Z`) / 1000), metrics.dailyVolume.map((day) => day.amount)];
}

const dayOf = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

/**
 * Daily volume as bars (uPlot: small, canvas-based; loaded only with this page). The plot is
 * made once per language and fed new data in place as live snapshots arrive.
 */
export function DailyVolumeChart({ metrics }: { metrics: DailyVolumeChartFragment }) {
  const { t, i18n } = useTranslation('finance');
  const container = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const currency = metrics.currency.toUpperCase();
  // The latest data for the effect that builds the plot, without rebuilding it for every snapshot.
  const latest = useRef(metrics);
  useEffect(() => {
    latest.current = metrics;
  }, [metrics]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const money = (cents: number | null) => (cents == null ? '—' : formatMoney(cents, currency));
    const chart = new uPlot(
      {
        width: element.clientWidth || 600,
        height: HEIGHT,
        tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
        scales: {
          x: { time: true, range: (_u, min, max) => [min - HALF_DAY_S, max + HALF_DAY_S] },
          y: { range: (_u, _min, max) => [0, Math.max(max, 100)] },
        },
        series: [
          { label: t('chart.date'), value: (_u, seconds) => (seconds == null ? '—' : formatDate(dayOf(seconds))) },
          {
            label: t('chart.amount'),
            stroke: ACCENT,
            fill: `${ACCENT}99`,
            width: 1,
            paths: uPlot.paths.bars!({ size: [0.7, 40] }),
            points: { show: false },
            value: (_u, cents) => money(cents),
          },
        ],
        axes: [
          { space: 90, values: (_u, splits) => splits.map((seconds) => formatDate(dayOf(seconds))) },
          { size: 90, values: (_u, splits) => splits.map((cents) => money(cents)) },
        ],
      },
      toColumns(latest.current),
      element,
    );
    plot.current = chart;
    const resize = new ResizeObserver(() => chart.setSize({ width: element.clientWidth, height: HEIGHT }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
      plot.current = null;
    };
  }, [t, i18n.language, currency]);

  useEffect(() => {
    plot.current?.setData(toColumns(metrics));
  }, [metrics]);

  return <div ref={container} className="daily-volume-chart" role="img" aria-label={t('chart.label')} />;
}
