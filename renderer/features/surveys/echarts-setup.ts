import { LegendComponent } from 'echarts/components';
import { echarts } from '../members/stats/echarts-setup';

/**
 * The app's ECharts set-up (bar chart, grid, tooltip; see members/stats/echarts-setup.ts) plus
 * the legend the satisfaction chart needs to tell its two formulas apart. Loaded on first use.
 */
echarts.use([LegendComponent]);

export { echarts };
