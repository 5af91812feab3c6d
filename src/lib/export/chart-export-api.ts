import type { FilterKey } from '../filters/filter-state.ts';
import type { ParagraphRef } from '../provenance/sources-request.ts';

/** What a chart offers an exporter: its picture, its numbers and the paragraphs behind them. */
export interface ChartExportApi {
  readonly id: string;
  /** The chart's heading in the chosen language. */
  readonly title: string;
  /** The chart as an SVG document (ECharts `renderToSVGString()`). */
  svg(): string;
  readonly width: number;
  readonly height: number;
  /** The data table behind the chart: a header row and one row per bar. */
  rows(): { columns: string[]; rows: (string | number)[][] };
  /** The paragraphs behind the numbers shown, in report order. */
  sources(): ParagraphRef[];
  /** Lines that must go wherever the picture goes (the map's UN disclaimer), in the UI language. */
  readonly notes?: readonly string[];
  /**
   * Which filters the picture follows: 'all'; 'others' with the keys it ignores (its own
   * dimension, so every bar stays visible and the chosen one is marked); or 'none' for the
   * report's stated figures, which no filter changes.
   */
  readonly scope?: FilterScope;
  /** What the bars count when not records ("sentences", "paragraphs"): file names say it. */
  readonly unit?: string;
  /** The bars as numbers, for writers that draw the chart themselves (a deck's native chart). */
  bars?(): ChartBars;
}

/** A bar chart as data: what one bar is, what is counted, and each bar as the screen shows it. */
export interface ChartBars {
  /** One line: what is counted. */
  readonly counted: string;
  readonly valueColumn: string;
  readonly bars: readonly ChartBar[];
  /** The legend (pillars), empty for charts of one colour. */
  readonly groups: readonly { readonly name: string; readonly color: string }[];
}

export interface ChartBar {
  readonly label: string;
  readonly value: number;
  /** As shown beside the bar ("more than 110"). */
  readonly valueLabel: string;
  /** True when the text states the figure with a qualifier (about, more than). */
  readonly qualified: boolean;
  /** "#RRGGBB", already faded when another bar is the chosen one (as on screen). */
  readonly color: string;
  readonly selected: boolean;
}

export type FilterScope =
  | { readonly follows: 'all' }
  | { readonly follows: 'others'; readonly ignores: readonly FilterKey[] }
  | { readonly follows: 'none' };

export const FOLLOWS_ALL: FilterScope = { follows: 'all' };
