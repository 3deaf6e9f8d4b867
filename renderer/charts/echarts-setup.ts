import { BarChart, RadarChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  RadarComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * ECharts with only what the app draws (roster bars, survey rates with a legend, the assessment
 * radar), loaded on first use through useEChart. echarts/core plus single charts keeps the chunk
 * small; nothing here fetches or evaluates code at run time (only the geo map loader, not
 * imported, uses `new Function`), so the CSP holds. The canvas renderer draws pixels, not
 * inline-styled SVG; the tooltip is a <div> styled through CSSOM, which `style-src` does not
 * restrict.
 */
echarts.use([
  BarChart,
  RadarChart,
  GridComponent,
  LegendComponent,
  RadarComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export { echarts };
