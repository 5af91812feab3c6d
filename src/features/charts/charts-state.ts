import type { ActivityRecord, ReferenceFile } from '../../domain/index.ts';
import type { FilterKey, FilterState } from '../../lib/filters/filter-state.ts';
import { selectRecords } from '../../lib/filters/select-records.ts';
import { paragraphsText } from '../../lib/provenance/compress-paragraphs.ts';
import { sourcesRequestFor } from '../../lib/provenance/sources-request.ts';
import type { ParagraphRef } from '../../lib/provenance/sources-request.ts';
import type { ChartBars } from '../../lib/export/chart-export-api.ts';
import { BAR_COLOR } from './bar-model.ts';
import type { BarChartModel } from './bar-model.ts';

/** The opacity of the bars that are not the chosen one, on screen and in every copy. */
export const UNSELECTED_OPACITY = 0.4;

/** A colour drawn at an opacity over white, as one opaque colour (for writers without alpha). */
export function overWhite(color: string, opacity: number): string {
  const channels = [1, 3, 5].map((at) => Number.parseInt(color.slice(at, at + 2), 16));
  const blended = channels.map((channel) => Math.round(channel * opacity + 255 * (1 - opacity)));
  return `#${blended.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/** The chart's bars as numbers and colours, as the screen draws them. */
export function chartBars(model: BarChartModel): ChartBars {
  const anySelected = model.bars.some((bar) => bar.selected);
  const colorOf = new Map(model.groups.map((group) => [group.id, group.color]));
  return {
    counted: model.counted,
    valueColumn: model.valueColumn,
    groups: model.groups.map(({ name, color }) => ({ name, color })),
    bars: model.bars.map((bar) => {
      const color = (bar.group === null ? undefined : colorOf.get(bar.group)) ?? BAR_COLOR;
      return {
        // The whole name: a deck's chart wraps its labels, and a cut name cannot be quoted.
        label: bar.fullLabel ?? bar.label,
        value: bar.value,
        valueLabel: bar.valueLabel,
        qualified: Boolean(bar.qualifier),
        selected: bar.selected,
        color: anySelected && !bar.selected ? overWhite(color, UNSELECTED_OPACITY) : color,
      };
    }),
  };
}

/**
 * The records a chart counts: every filter but the chart's own keys, so that the other bars stay
 * visible and the chosen one can be changed on the chart itself.
 */
export function chartRecords(
  all: readonly ActivityRecord[],
  filtered: readonly ActivityRecord[],
  filters: FilterState,
  reference: ReferenceFile,
  own: readonly FilterKey[],
): readonly ActivityRecord[] {
  if (own.every((key) => filters[key] === null)) return filtered;
  if (own.length === 1) return selectRecords(all, filters, reference, own[0]);
  const without: Record<string, unknown> = { ...filters };
  for (const key of own) without[key] = null;
  return selectRecords(all, without as unknown as FilterState, reference);
}

/** The data table behind a chart, as an exporter writes it. */
export interface ChartColumnNames {
  readonly qualifier: string;
  readonly paragraphs: string;
}

/**
 * The data table behind a chart, as the screen's table and every exporter write it: what the
 * bar is (its whole name, or the cells that describe it), its group, the qualifier of a stated
 * figure, the value, and the paragraphs the number comes from.
 */
export function chartRows(model: BarChartModel, names: ChartColumnNames) {
  const qualified = model.bars.some((bar) => bar.qualifier !== undefined);
  const grouped = model.groupColumn !== undefined && model.groups.length > 0;
  const groupName = new Map(model.groups.map((group) => [group.id, group.name]));
  const described = model.cellColumns !== undefined;
  return {
    columns: [
      ...(described ? (model.cellColumns ?? []) : [model.barColumn]),
      ...(grouped ? [model.groupColumn ?? ''] : []),
      ...(qualified ? [names.qualifier] : []),
      model.valueColumn,
      names.paragraphs,
    ],
    rows: model.bars.map((bar) => [
      ...(described ? (bar.cells ?? []) : [bar.fullLabel ?? bar.label]),
      ...(grouped ? [bar.group === null ? '' : (groupName.get(bar.group) ?? bar.group)] : []),
      ...(qualified ? [bar.qualifier ?? ''] : []),
      bar.value,
      paragraphsText(bar.refs),
    ]),
  };
}

/** The paragraphs behind every bar shown, each once, in report order. */
export function chartSources(model: BarChartModel): ParagraphRef[] {
  return [
    ...sourcesRequestFor(
      '',
      model.bars.flatMap((bar) => bar.refs),
    ).refs,
  ];
}
