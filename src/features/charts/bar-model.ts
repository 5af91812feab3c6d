import { collatorOf, formatNumber } from '../../lib/i18n/locale.ts';
import type { ActivityRecord, ReferenceFile } from '../../domain/index.ts';
import type { FilterScope } from '../../lib/export/chart-export-api.ts';
import { countOf } from '../../lib/filters/count-view.ts';
import type { CountUnit } from '../../lib/filters/count-view.ts';
import { translate } from '../../lib/i18n/messages.ts';
import type { FilterKey, FilterState } from '../../lib/filters/filter-state.ts';
import type { Language } from '../../lib/i18n/messages.ts';
import type { ParagraphRef } from '../../lib/provenance/sources-request.ts';

/** One bar: what it shows, what a click on it filters by, and the paragraphs behind it. */
export interface Bar {
  /** Unique within the chart (the category axis holds ids, labels come from a formatter). */
  readonly id: string;
  readonly label: string;
  /** The whole name when the label beside the bar is shortened (data tables and CSV use it). */
  readonly fullLabel?: string;
  /** Cells that describe the bar in the model's `cellColumns` (a fund figure's fund, unit, year). */
  readonly cells?: readonly (string | number)[];
  readonly value: number;
  /** The value as shown, formatted for the language, with its qualifier ("more than 110"). */
  readonly valueLabel: string;
  /** The qualifier as the text states it, for charts of stated figures. */
  readonly qualifier?: string;
  /** Legend group (pillar); null for charts with one colour. */
  readonly group: string | null;
  readonly filter: { readonly key: FilterKey; readonly value: string } | null;
  readonly selected: boolean;
  readonly refs: readonly ParagraphRef[];
}

export interface BarGroup {
  readonly id: string;
  readonly name: string;
  readonly color: string;
}

export interface BarChartModel {
  readonly id: string;
  readonly title: string;
  /** One line: what is counted. */
  readonly counted: string;
  /** The filters the chart follows (its exports say so in their caption). */
  readonly scope: FilterScope;
  /** What a bar counts, for charts of records (sentences and paragraphs count each once). */
  readonly unit?: CountUnit;
  /** What one bar is, as a column header ("Theme", "Partner", "Region"). */
  readonly barColumn: string;
  /** Header of the groups' column ("Pillar"), when the bars have groups. */
  readonly groupColumn?: string;
  /** Headers of the bars' `cells`, which then stand for the bar's label in data tables. */
  readonly cellColumns?: readonly string[];
  readonly valueColumn: string;
  readonly bars: readonly Bar[];
  readonly groups: readonly BarGroup[];
  /** Vertical space per bar, in pixels (more for labels that wrap). */
  readonly rowHeight: number;
  /** A click on a bar opens its sources instead of filtering (stated figures, not records). */
  readonly clickOpensSources?: boolean;
}

/** What a records chart counts from: the records under every filter but its own. */
export interface RecordsChartInput {
  readonly records: readonly ActivityRecord[];
  readonly filters: FilterState;
  readonly reference: ReferenceFile;
  readonly language: Language;
  /** What a bar counts; records when not given. */
  readonly unit?: CountUnit;
}

/** A bar's value and its label: the bar's records counted in the chart's unit. */
export function countFields(list: readonly ActivityRecord[], input: RecordsChartInput) {
  const value = countOf(list, input.unit ?? 'records');
  return { value, valueLabel: formatNumber(input.language, value) };
}

/** The chart's "what is counted" line, naming the unit ("Sentences (each once…) under…"). */
export function countedLine(
  input: RecordsChartInput,
  key:
    | 'charts.theme.counted'
    | 'charts.partner.counted'
    | 'charts.region.counted'
    | 'charts.office.counted',
): string {
  const what = translate(input.language, `count.what.${input.unit ?? 'records'}`);
  return translate(input.language, key, { what });
}

/** The chart's title in its unit ("Sentences by region"). */
export function countTitle(
  input: RecordsChartInput,
  key:
    'charts.theme.title' | 'charts.partner.title' | 'charts.region.title' | 'charts.office.title',
): string {
  return translate(input.language, key, { unit: countColumn(input) });
}

/** The value column's header in the chart's unit ("Records", "Sentences", "Paragraphs"). */
export function countColumn(input: RecordsChartInput): string {
  return translate(input.language, `count.column.${input.unit ?? 'records'}`);
}

/** Colour-blind-safe (Okabe–Ito), dark enough on white for bars; one per pillar. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9'] as const;
export const BAR_COLOR = '#0072B2';

export const formatCount = formatNumber;

/** The paragraphs behind records, each once, in report order. */
export function refsOf(records: readonly ActivityRecord[]): ParagraphRef[] {
  const seen = new Map<string, ParagraphRef>();
  for (const { report, paragraph } of records)
    seen.set(`${report}\u0000${paragraph}`, { report, paragraph });
  return [...seen.values()].sort(
    (a, b) => a.report.localeCompare(b.report) || a.paragraph - b.paragraph,
  );
}

/**
 * A bar of records whose paragraphs are worked out when first asked for (its sources, an export):
 * with many reports, sorting every bar's paragraphs on each filter change would cost more than
 * drawing the chart.
 */
export function recordsBar(fields: Omit<Bar, 'refs'>, records: readonly ActivityRecord[]): Bar {
  let refs: ParagraphRef[] | undefined;
  return Object.defineProperty({ ...fields }, 'refs', {
    enumerable: true,
    get: () => (refs ??= refsOf(records)),
  }) as Bar;
}

/** Groups records under each of their values; a record counts once per distinct value. */
export function groupRecords(
  records: readonly ActivityRecord[],
  valuesOf: (record: ActivityRecord) => readonly (string | null)[],
): Map<string | null, ActivityRecord[]> {
  const groups = new Map<string | null, ActivityRecord[]>();
  for (const record of records)
    for (const value of new Set(valuesOf(record))) {
      const list = groups.get(value) ?? [];
      groups.set(value, list);
      list.push(record);
    }
  return groups;
}

/** Most first, then by label in the language's order. */
export function byValue(language: Language) {
  const collator = collatorOf(language);
  return (a: Bar, b: Bar) => b.value - a.value || collator.compare(a.label, b.label);
}
