import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef, useState, type RefObject } from 'react';

export type ChartStatus = 'loading' | 'ready' | 'failed';

/**
 * One ECharts instance on a host element: ECharts is loaded on first use, the chart follows the
 * element's size, and `option(width)` is applied whenever it changes (the width lets a chart fit
 * its labels). Disposed with the component. A chart that cannot load reports 'failed' so the
 * caller can show its figures as text.
 */
export function useEChart(option: (width: number) => EChartsCoreOption): {
  host: RefObject<HTMLDivElement | null>;
  status: ChartStatus;
} {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const [status, setStatus] = useState<ChartStatus>('loading');
  const [width, setWidth] = useState(0);

  useEffect(() => {
    let cancelled = false;
    let observer: ResizeObserver | undefined;
    import('./echarts-setup').then(
      ({ echarts }) => {
        if (cancelled || !host.current) return;
        const instance = echarts.init(host.current);
        chart.current = instance;
        observer = new ResizeObserver(() => {
          instance.resize();
          setWidth(instance.getWidth());
        });
        observer.observe(host.current);
        setWidth(instance.getWidth());
        setStatus('ready');
      },
      () => {
        if (!cancelled) setStatus('failed');
      },
    );
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (status === 'ready') chart.current?.setOption(option(width), { notMerge: true });
  }, [status, option, width]);

  return { host, status };
}
