import { createColumnHelper } from '@tanstack/react-table';
import type { Figure, ReferenceFile } from '../../domain/index.ts';
import { countedLabel, countedText, fundName } from '../../lib/figures/figure-labels.ts';
import type { CountedLabel } from '../../lib/figures/figure-labels.ts';
import type { Language } from '../../lib/i18n/messages.ts';
import type { Translate } from './records-table-state.ts';
import { numberSort, textSort } from './table-features.ts';
import type { DashboardTableFeatures } from './table-features.ts';

export interface FigureRow {
  readonly id: string;
  readonly report: string;
  /** The report's place in the series, oldest first: rows sort by it before the paragraph. */
  readonly reportIndex: number;
  readonly paragraph: number;
  /** The fund's name in the language, or null when the figure belongs to no fund. */
  readonly fund: string | null;
  /** What is counted, as one line of text (sorting, titles). */
  readonly counts: string;
  /** The same in parts: the category in the UI language, the report's words quoted. */
  readonly counted: CountedLabel;
  readonly value: number;
  /** "more than 110" / "110 多". */
  readonly valueText: string;
  readonly year: number | null;
}

/** The value with its qualifier, numbers formatted for the language. */
export function qualifiedValue(
  figure: Pick<Figure, 'value' | 'qualifier'>,
  t: Translate,
  formatNumber: (value: number) => string,
): string {
  const value = formatNumber(figure.value);
  return figure.qualifier === null ? value : t(`tables.qualifier.${figure.qualifier}`, { value });
}

export function figureRows(
  figures: readonly Figure[],
  reference: ReferenceFile,
  language: Language,
  t: Translate,
  formatNumber: (value: number) => string,
  reportOrder: readonly string[] = [],
): FigureRow[] {
  const reportIndex = new Map(reportOrder.map((symbol, index) => [symbol, index]));
  return figures.map((figure) => {
    const counted = countedLabel(figure, language);
    return {
      id: figure.id,
      report: figure.report,
      reportIndex: reportIndex.get(figure.report) ?? 0,
      paragraph: figure.paragraph,
      fund: figure.fund === null ? null : fundName(reference, figure.fund, language),
      counts: countedText(counted, language),
      counted,
      value: figure.value,
      valueText: qualifiedValue(figure, t, formatNumber),
      year: figure.year,
    };
  });
}

export const figureColumnIds = ['fund', 'counts', 'value', 'year', 'paragraph'] as const;
export type FigureColumnId = (typeof figureColumnIds)[number];

const helper = createColumnHelper<DashboardTableFeatures, FigureRow>();

export function figureColumns(language: Language) {
  const collator = new Intl.Collator(language === 'zh' ? 'zh-CN' : 'en', { numeric: true });
  const text = textSort<FigureRow>(collator);
  return helper.columns([
    // Figures without a fund sort after the funds, whichever the direction's base order.
    helper.accessor((row) => row.fund ?? '\uffff', { id: 'fund', sortFn: text }),
    helper.accessor((row) => row.counts, { id: 'counts', sortFn: text }),
    helper.accessor((row) => row.value, { id: 'value', sortFn: numberSort<FigureRow>() }),
    helper.accessor((row) => row.year, { id: 'year', sortFn: numberSort<FigureRow>() }),
    helper.accessor((row) => row.reportIndex * 100_000 + row.paragraph, {
      id: 'paragraph',
      sortFn: numberSort<FigureRow>(),
    }),
  ]);
}
