import { createColumnHelper } from '@tanstack/react-table';
import type { Figure, ReferenceFile } from '../../domain/index.ts';
import { catalogue, translate } from '../../lib/i18n/messages.ts';
import type { Language, MessageKey } from '../../lib/i18n/messages.ts';
import type { Translate } from './records-table-state.ts';
import { numberSort, textSort } from './table-features.ts';
import type { DashboardTableFeatures } from './table-features.ts';

export interface FigureRow {
  readonly id: string;
  readonly report: string;
  readonly paragraph: number;
  /** The fund's name in the language, or null when the figure belongs to no fund. */
  readonly fund: string | null;
  /** What is counted: the normalised noun and the words of the text. */
  readonly counts: string;
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

/** What is counted, in the chosen language, with the report's own words beside it. */
export function countsText(figure: Pick<Figure, 'counts' | 'countsText'>, language: Language) {
  const key = `tables.counted.${figure.counts}`;
  const counted =
    key in catalogue[language] ? translate(language, key as MessageKey) : figure.counts;
  const words = figure.countsText.trim();
  if (words === '' || words === counted) return counted;
  return language === 'zh' ? `${counted}（${words}）` : `${counted} (${words})`;
}

export function figureRows(
  figures: readonly Figure[],
  reference: ReferenceFile,
  language: Language,
  t: Translate,
  formatNumber: (value: number) => string,
): FigureRow[] {
  const funds = new Map(reference.funds.map((fund) => [fund.id, fund.names[language]]));
  return figures.map((figure) => ({
    id: figure.id,
    report: figure.report,
    paragraph: figure.paragraph,
    fund: figure.fund === null ? null : (funds.get(figure.fund) ?? figure.fund),
    counts: countsText(figure, language),
    value: figure.value,
    valueText: qualifiedValue(figure, t, formatNumber),
    year: figure.year,
  }));
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
    helper.accessor((row) => row.paragraph, { id: 'paragraph', sortFn: numberSort<FigureRow>() }),
  ]);
}
