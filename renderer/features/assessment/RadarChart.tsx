import type { RadarSeriesOption } from 'echarts/charts';
import type { RadarComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { Typography } from 'antd';
import { useCallback } from 'react';
import { t } from '../../../shared/i18n';
import { theme } from '../../app/theme';
import { useEChart } from '../../charts/useEChart';

type RadarOption = ComposeOption<RadarSeriesOption | RadarComponentOption | TooltipComponentOption>;

export interface RadarDatum {
  label: string;
  /** Points (tenths) and the area's maximum. */
  value: number;
  max: number;
}

function radarOption(data: readonly RadarDatum[], percents: readonly number[]): RadarOption {
  return {
    animation: false,
    textStyle: { fontFamily: theme.token?.fontFamily ?? 'sans-serif' },
    tooltip: {},
    radar: {
      radius: '62%',
      indicator: data.map((d) => ({ name: d.label, max: 100 })),
      axisName: { color: '#4a4f57' },
    },
    series: [
      {
        type: 'radar',
        name: t('assessmentUi.radar'),
        data: [{ value: [...percents], name: t('assessmentUi.radar') }],
        areaStyle: { opacity: 0.25 },
        itemStyle: { color: theme.token?.colorPrimary ?? '#c8102e' },
      },
    ],
  };
}

/**
 * The areas' scores as a radar, each axis scaled to its own maximum so that a 5-point area and a
 * 20-point one read alike. The percentages are also in the accessible name, and shown as text
 * if the chart cannot be drawn.
 */
export function RadarChart({ data, testId }: { data: readonly RadarDatum[]; testId?: string }) {
  const percents = data.map((d) => (d.max > 0 ? Math.round((d.value * 100) / d.max) : 0));
  const summary = data.map((d, i) => `${d.label} ${percents[i]}%`).join('，');
  const { host, status } = useEChart(
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `summary` names every figure drawn
    useCallback(() => radarOption(data, percents), [summary]),
  );
  return (
    <div>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('assessmentUi.radar')}
      </Typography.Title>
      {status === 'failed' ? (
        <Typography.Paragraph type="secondary">{summary}</Typography.Paragraph>
      ) : (
        <div
          ref={host}
          style={{ width: '100%', height: 300 }}
          role="img"
          aria-label={t('assessmentUi.radar.label', { values: summary })}
          data-testid={testId}
          data-ready={status === 'ready' ? 'true' : 'false'}
        />
      )}
    </div>
  );
}
