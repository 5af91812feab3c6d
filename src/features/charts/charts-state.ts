import type { ActivityRecord, ReferenceFile } from '../../domain/index.ts';
import type { FilterKey, FilterState } from '../../lib/filters/filter-state.ts';
import { selectRecords } from '../../lib/filters/select-records.ts';
import { sourcesRequestFor } from '../../lib/provenance/sources-request.ts';
import type { ParagraphRef } from '../../lib/provenance/sources-request.ts';
import type { BarChartModel } from './bar-model.ts';

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
export function chartRows(model: BarChartModel, barColumn: string, qualifierColumn: string) {
  const qualified = model.bars.some((bar) => bar.qualifier !== undefined);
  return {
    columns: qualified
      ? [barColumn, qualifierColumn, model.valueColumn]
      : [barColumn, model.valueColumn],
    rows: model.bars.map((bar) =>
      qualified ? [bar.label, bar.qualifier ?? '', bar.value] : [bar.label, bar.value],
    ),
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
