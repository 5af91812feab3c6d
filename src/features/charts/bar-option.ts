import type { BarChartOption, BarSeriesOption } from '../../lib/echarts.ts';
import { translate } from '../../lib/i18n/messages.ts';
import type { Language } from '../../lib/i18n/messages.ts';
import { BAR_COLOR } from './bar-model.ts';
import type { Bar, BarChartModel } from './bar-model.ts';
import { UNSELECTED_OPACITY } from './charts-state.ts';

export interface BarOptionSettings {
  readonly language: Language;
  /** Decal patterns on the bars (ECharts aria decals), for readers who cannot tell colours apart. */
  readonly decals: boolean;
  /** The chart's width in pixels, when known: labels get at most 40% of it. */
  readonly width?: number;
}

const AXIS_HEIGHT = 32;
const LEGEND_LINE = 24;
const FONT = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

/** Text for ECharts rich text: braces would start a style block, so they become full-width ones. */
export const richTextSafe = (text: string) =>
  text.replaceAll('{', '\uFF5B').replaceAll('}', '\uFF5D');

/** The text screen readers hear: the title, the number of bars, each bar and its value. */
export function describeChart(model: BarChartModel, language: Language): string {
  const separator = language === 'zh' ? '；' : '; ';
  const bars = model.bars.map((bar) => `${bar.label}: ${bar.valueLabel}`).join(separator);
  return translate(language, 'charts.description', {
    title: model.title,
    count: model.bars.length,
    bars,
  });
}

/**
 * Room for the category labels: half the chart, at most 220 px. Narrower, the longest theme names
 * break onto a third line and run into the next bar's label.
 */
export function labelWidth(width: number | undefined): number {
  return Math.round(Math.min(220, Math.max(120, (width ?? 560) * 0.5)));
}

/** Legend lines at a given width: item width estimated from its text (CJK glyphs count double). */
export function legendLines(model: BarChartModel, width: number | undefined): number {
  if (model.groups.length === 0) return 0;
  const available = (width ?? 560) - 16;
  let lines = 1;
  let used = 0;
  for (const group of model.groups) {
    const units = [...group.name].reduce((sum, c) => sum + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    const item = units * 6.5 + 40;
    if (used > 0 && used + item > available) {
      lines += 1;
      used = 0;
    }
    used += item;
  }
  return lines;
}

export function chartHeight(model: BarChartModel, width?: number): number {
  return (
    legendLines(model, width) * LEGEND_LINE +
    Math.max(1, model.bars.length) * model.rowHeight +
    AXIS_HEIGHT +
    16
  );
}

function barItem(bar: Bar, color: string, anySelected: boolean) {
  return {
    value: bar.value,
    itemStyle: {
      color,
      opacity: anySelected && !bar.selected ? UNSELECTED_OPACITY : 1,
      borderColor: bar.selected ? '#1f2328' : color,
      borderWidth: bar.selected ? 2 : 0,
    },
    label: { formatter: bar.valueLabel },
  };
}

/** The ECharts option of a horizontal bar chart: pure, so tests read it in node. */
export function barOption(model: BarChartModel, settings: BarOptionSettings): BarChartOption {
  const { language, decals, width } = settings;
  const anySelected = model.bars.some((bar) => bar.selected);
  const clickable = model.clickOpensSources === true || model.bars.some((bar) => bar.filter);
  const groups =
    model.groups.length > 0
      ? model.groups
      : [{ id: '', name: model.valueColumn, color: BAR_COLOR }];
  const series: BarSeriesOption[] = groups.map((group) => ({
    type: 'bar',
    name: group.name,
    stack: 'bars',
    barMaxWidth: 22,
    cursor: clickable ? 'pointer' : 'default',
    itemStyle: { color: group.color },
    label: { show: true, position: 'right', color: '#1f2328' },
    emphasis: { focus: 'none', itemStyle: { borderColor: '#1f2328', borderWidth: 2 } },
    data: model.bars.map((bar) =>
      model.groups.length === 0 || bar.group === group.id
        ? barItem(bar, group.color, anySelected)
        : '-',
    ),
  }));
  const labels = new Map(model.bars.map((bar) => [bar.id, bar.label]));
  const hint = (bar: Bar) =>
    model.clickOpensSources
      ? translate(language, 'charts.tooltip.sources')
      : bar.filter
        ? translate(language, bar.selected ? 'charts.tooltip.clear' : 'charts.tooltip.filter')
        : '';
  const legendTop = legendLines(model, width) * LEGEND_LINE;
  const maxValue = Math.max(0, ...model.bars.map((bar) => bar.value));

  return {
    animation: false,
    textStyle: { fontFamily: FONT, fontSize: 12, color: '#1f2328' },
    color: groups.map((group) => group.color),
    aria: {
      enabled: true,
      label: { description: describeChart(model, language) },
      decal: { show: decals },
    },
    legend: {
      show: model.groups.length > 0,
      top: 0,
      left: 0,
      selectedMode: false,
      itemWidth: 14,
      itemHeight: 10,
      data: model.groups.map((group) => group.name),
    },
    grid: { top: legendTop + 4, left: 8, right: 64, bottom: 8, containLabel: true },
    // Drawn by ECharts inside the chart, never as HTML; an HTML tooltip would also read the page
    // layout each time the chart is drawn.
    tooltip: {
      trigger: 'item',
      confine: true,
      renderMode: 'richText',
      backgroundColor: '#ffffff',
      borderColor: '#8c959f',
      borderWidth: 1,
      padding: [6, 8],
      textStyle: {
        fontFamily: FONT,
        fontSize: 12,
        color: '#1f2328',
        lineHeight: 18,
      },
      formatter: (params: unknown) => {
        const index = (params as { dataIndex?: number }).dataIndex ?? -1;
        const bar = model.bars[index];
        if (!bar) return '';
        const tip = hint(bar);
        return (
          `${richTextSafe(bar.label)}\n${richTextSafe(model.valueColumn)}: ${richTextSafe(bar.valueLabel)}` +
          (tip ? `\n${richTextSafe(tip)}` : '')
        );
      },
    },
    xAxis: {
      type: 'value',
      minInterval: 1,
      max: maxValue === 0 ? 1 : undefined,
      axisLabel: { hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: model.bars.map((bar) => bar.id),
      axisTick: { show: false },
      axisLabel: {
        interval: 0,
        width: labelWidth(width),
        overflow: 'break',
        lineHeight: 14,
        formatter: (id: string) => labels.get(id) ?? id,
      },
    },
    series,
  };
}
