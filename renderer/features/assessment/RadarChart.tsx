import type { RadarSeriesOption } from 'echarts/charts';
import type { RadarComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption, EChartsType } from 'echarts/core';
import { Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { t } from '../../../shared/i18n';
import { theme } from '../../app/theme';

type RadarOption = ComposeOption<RadarSeriesOption | RadarComponentOption | TooltipComponentOption>;

export interface RadarDatum {
  label: string;
  /** Points (tenths) and the area's maximum. */
  value: number;
  max: number;
}

/**
 * The areas' scores as a radar, each axis scaled to its own maximum so that a 5-point area and a
 * 20-point one read alike. The percentages are also in the accessible name.
 */
export function RadarChart({ data, testId }: { data: readonly RadarDatum[]; testId?: string }) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let observer: ResizeObserver | undefined;
    void import('../members/stats/echarts-setup').then(({ echarts }) => {
      if (cancelled || !host.current) return;
      const instance = echarts.init(host.current);
      chart.current = instance;
      observer = new ResizeObserver(() => instance.resize());
      observer.observe(host.current);
      setReady(true);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  const percents = data.map((d) => (d.max > 0 ? Math.round((d.value * 100) / d.max) : 0));
  useEffect(() => {
    if (!ready) return;
    const option: RadarOption = {
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
          data: [{ value: percents, name: t('assessmentUi.radar') }],
          areaStyle: { opacity: 0.25 },
          itemStyle: { color: theme.token?.colorPrimary ?? '#c8102e' },
        },
      ],
    };
    chart.current?.setOption(option, { notMerge: true });
  }, [ready, data, percents]);

  const summary = data.map((d, i) => `${d.label} ${percents[i]}%`).join('，');
  return (
    <div>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('assessmentUi.radar')}
      </Typography.Title>
      <div
        ref={host}
        style={{ width: '100%', height: 300 }}
        role="img"
        aria-label={t('assessmentUi.radar.label', { values: summary })}
        data-testid={testId}
        data-ready={ready ? 'true' : 'false'}
      />
    </div>
  );
}
