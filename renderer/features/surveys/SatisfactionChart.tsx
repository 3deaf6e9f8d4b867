import type { BarSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { Spin, Typography } from 'antd';
import { useCallback } from 'react';
import { t } from '../../../shared/i18n';
import { theme } from '../../app/theme';
import { useEChart } from '../../charts/useEChart';

type Option = ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

export interface SatisfactionDatum {
  label: string;
  /** Permille, or null when there is no rate. */
  satisfaction: number | null;
  strict: number | null;
}

const ROW_HEIGHT = 46;
const COLORS = { satisfaction: '#1f6feb', strict: '#7fb2f0' };

const percent = (value: number | null) => (value === null ? 0 : value / 10);

function chartOption(data: readonly SatisfactionDatum[]): Option {
  // Horizontal bars: item names are long, and read best on the left, top to bottom.
  const rows = [...data].reverse();
  const series = (key: 'satisfaction' | 'strict', name: string): BarSeriesOption => ({
    type: 'bar',
    name,
    data: rows.map((d) => percent(d[key])),
    barMaxWidth: 16,
    itemStyle: { color: COLORS[key], borderRadius: [0, 3, 3, 0] },
    label: { show: true, position: 'right', formatter: '{c}%', color: '#1f2329' },
  });
  return {
    animation: false,
    textStyle: { fontFamily: theme.token?.fontFamily ?? 'sans-serif' },
    legend: { top: 0, left: 0 },
    grid: { left: 8, right: 56, top: 32, bottom: 4, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => `${String(v)}%`,
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { formatter: '{value}%', color: '#6b7280' },
    },
    yAxis: {
      type: 'category',
      data: rows.map((d) => d.label),
      axisLabel: { color: '#4a4f57', width: 160, overflow: 'truncate' },
    },
    series: [
      series('satisfaction', t('surveys.results.satisfaction')),
      series('strict', t('surveys.results.strict')),
    ],
  };
}

/**
 * Both satisfaction rates of every item and cadre, as horizontal bars, drawn by ECharts loaded
 * on first use. The figures are also in the accessible name, and as text if the chart fails.
 */
export function SatisfactionChart({ data }: { data: readonly SatisfactionDatum[] }) {
  const { host, status } = useEChart(useCallback(() => chartOption(data), [data]));

  const title = t('surveys.results.chartTitle');
  const summary = data
    .map((d) => `${d.label} ${percent(d.satisfaction)}% / ${percent(d.strict)}%`)
    .join('，');
  return (
    <div>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      {status === 'failed' ? (
        <Typography.Paragraph type="secondary">
          {t('surveys.results.chartFailed')} {summary}
        </Typography.Paragraph>
      ) : (
        <div style={{ position: 'relative' }}>
          <div
            ref={host}
            style={{ width: '100%', height: 48 + data.length * ROW_HEIGHT }}
            role="img"
            aria-label={t('surveys.results.chartLabel', { title, values: summary })}
            data-testid="survey-chart"
            data-ready={status === 'ready' ? 'true' : 'false'}
          />
          {status === 'loading' ? (
            <div className="app-loading" style={{ position: 'absolute', inset: 0 }}>
              <Spin description={t('surveys.results.chartLoading')} />
            </div>
          ) : null}
        </div>
      )}
    </div>
  );
}
