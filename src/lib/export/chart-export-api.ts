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
}
