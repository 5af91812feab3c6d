/**
 * Bench only: a stand-in for src/lib/echarts.ts that imports the whole of ECharts, so the bench can
 * show what tree-shaking saves. scripts/bench/bundle.ts aliases the real module to this file in a
 * temporary build; the app never imports it.
 */
import * as echarts from 'echarts';
import EChartsReactCore from 'echarts-for-react/esm/core';

export type BarChartOption = echarts.EChartsOption;
export type BarSeriesOption = echarts.BarSeriesOption;
export type { EChartsType } from 'echarts';
export { echarts, EChartsReactCore };
