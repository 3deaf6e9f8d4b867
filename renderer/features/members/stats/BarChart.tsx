import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { Spin, Typography } from 'antd';
import { useCallback } from 'react';
import { t } from '../../../../shared/i18n';
import { theme } from '../../../app/theme';
import { useEChart } from '../../../charts/useEChart';

const CHART_HEIGHT = 280;

type BarOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

export interface BarDatum {
  label: string;
  value: number;
}

/**
 * The width a category label may take before it wraps: its share of the plot. Without it ECharts
 * lets long labels ("56 岁及以上", "出生日期不详") run into each other on a narrow chart.
 */
function labelWidth(chartWidth: number, count: number): number {
  // The plot is the chart less the grid's margins and the y-axis labels (about 54 px).
  return Math.max(36, Math.floor((chartWidth - 54) / Math.max(1, count)));
}

function barOption(data: readonly BarDatum[], color: string, chartWidth: number): BarOption {
  return {
    // Figures for an office, not a show: no animation, and screenshots are never mid-motion.
    animation: false,
    textStyle: { fontFamily: theme.token?.fontFamily ?? 'sans-serif' },
    grid: { left: 8, right: 16, top: 28, bottom: 4 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: data.map((d) => d.label),
      axisLabel: {
        interval: 0,
        color: '#4a4f57',
        width: labelWidth(chartWidth, data.length),
        overflow: 'break',
      },
      axisTick: { alignWithLabel: true },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#6b7280' } },
    series: [
      {
        type: 'bar',
        name: t('report.stats.people'),
        data: data.map((d) => d.value),
        barMaxWidth: 44,
        itemStyle: { color, borderRadius: [3, 3, 0, 0] },
        label: { show: true, position: 'top', color: '#1f2329' },
      },
    ],
  };
}

/**
 * A bar chart of counts, drawn by ECharts loaded on first use. The values are also in the
 * element's accessible name, and listed as text if the chart cannot be drawn.
 */
export function BarChart({
  title,
  data,
  color,
  testId,
}: {
  title: string;
  data: readonly BarDatum[];
  color: string;
  testId?: string;
}) {
  const { host, status } = useEChart(
    useCallback((width: number) => barOption(data, color, width), [data, color]),
  );

  const summary = data.map((d) => `${d.label} ${d.value}`).join('，');
  return (
    <div>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      {status === 'failed' ? (
        <Typography.Paragraph type="secondary">
          {t('report.stats.chartFailed')} {summary}
        </Typography.Paragraph>
      ) : (
        <div style={{ position: 'relative' }}>
          <div
            ref={host}
            style={{ width: '100%', height: CHART_HEIGHT }}
            role="img"
            aria-label={t('report.stats.chartLabel', { title, values: summary })}
            data-testid={testId}
            data-ready={status === 'ready' ? 'true' : 'false'}
          />
          {status === 'loading' ? (
            <div className="app-loading" style={{ position: 'absolute', inset: 0 }}>
              <Spin description={t('report.stats.chartLoading')} />
            </div>
          ) : null}
        </div>
      )}
    </div>
  );
}
