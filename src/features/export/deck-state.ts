import type { ActivityRecord, Paragraph } from '../../domain/index.ts';
import {
  documentLink,
  paragraphMark,
  quotedText,
  reportCitation,
} from '../../lib/citation/citation.ts';
import { citableReport, citedReports } from '../../lib/citation/cited-reports.ts';
import type { ChartBars, ChartExportApi } from '../../lib/export/chart-export-api.ts';
import { describeFilters } from '../../lib/export/describe-filters.ts';
import { withReportsShown } from './export-context.ts';
import type { DashboardData } from '../../lib/data/queries.ts';
import { translate } from '../../lib/i18n/messages.ts';
import { citeViewText } from './cite-state.ts';
import { pictureContext } from './export-context.ts';
import type { ExportSettings } from './export-context.ts';
import { formatExportDate } from './svg-with-context.ts';

/**
 * The PowerPoint deck of a view, as data: a title slide, one slide per chart and the map (in the
 * order of the page), and a last slide citing the reports. Pure, so tests read it without a
 * browser; `deck.ts` writes it with pptxgenjs.
 */
export type DeckSlide = TitleSlide | ChartSlide | SourcesSlide;

export interface TitleSlide {
  readonly kind: 'title';
  /** The dashboard's name. */
  readonly heading: string;
  /** Each report the view draws on: "Title (A/HRC/44/28, 2020)". */
  readonly reports: readonly string[];
  /** Filters in words, the record count, the date. */
  readonly lines: readonly string[];
  readonly view: { readonly text: string; readonly url: string };
}

export interface ChartSlide {
  readonly kind: 'chart';
  readonly id: string;
  readonly title: string;
  /** The filters that apply to this chart, in words (or "not filtered"). */
  readonly filters: string;
  /** What is counted, when the chart says so. */
  readonly counted: string | null;
  /** Bars for a native chart; null for a picture (the map). */
  readonly chart: DeckChart | null;
  /** Lines that go with the picture (the UN map disclaimer). */
  readonly notes: readonly string[];
  /** "Source: A/HRC/44/28, ¶¶ …", the date and the view's address. */
  readonly footer: readonly string[];
  /** The quoted paragraphs behind the slide, for the speaker notes. */
  readonly speakerNotes: string;
}

export interface DeckChart {
  readonly valueColumn: string;
  readonly categories: readonly string[];
  readonly values: readonly number[];
  /** "RRGGBB" per bar, as on screen. */
  readonly colors: readonly string[];
  readonly legend: readonly { readonly name: string; readonly color: string }[];
  readonly description: string;
}

export interface SourcesSlide {
  readonly kind: 'sources';
  readonly title: string;
  readonly citeAs: string;
  readonly citation: readonly string[];
  readonly documentsLabel: string;
  readonly documents: readonly { readonly text: string; readonly url: string }[];
  readonly view: { readonly text: string; readonly url: string };
}

export interface DeckInput {
  readonly apis: readonly ChartExportApi[];
  readonly data: DashboardData;
  readonly records: readonly ActivityRecord[];
  readonly settings: ExportSettings;
  readonly now: Date;
  readonly url: string;
}

export function deckSlides(input: DeckInput): DeckSlide[] {
  return [
    titleSlide(input),
    ...input.apis.map((api) => chartSlide(api, input)),
    sourcesSlide(input),
  ];
}

function titleSlide({ data, records, settings, now, url }: DeckInput): TitleSlide {
  const { language } = settings;
  const reports = data.paragraphs.reports.map((report) => {
    const cited = citableReport(data.paragraphs.reports, report.symbol);
    const title = cited.title?.[language];
    if (!title) return report.symbol;
    return translate(language, 'deck.report', {
      title,
      symbol: report.symbol,
      year: cited.year ?? '',
    });
  });
  return {
    kind: 'title',
    heading: translate(language, 'app.name'),
    reports,
    lines: [
      translate(language, 'export.filtersLabel', {
        filters: withReportsShown(
          describeFilters(settings.filters, settings.reference, language),
          settings,
        ),
      }),
      translate(language, 'deck.records', { count: records.length }),
      translate(language, 'export.exported', { date: formatExportDate(now, language) }),
    ],
    view: { text: translate(language, 'deck.openView'), url },
  };
}

/** A bar's category: its label, and the figure as the text states it when qualified. */
function category(bar: ChartBars['bars'][number]): string {
  return bar.qualified ? `${bar.label} (${bar.valueLabel})` : bar.label;
}

function deckChart(bars: ChartBars, title: string): DeckChart {
  return {
    valueColumn: bars.valueColumn,
    categories: bars.bars.map(category),
    values: bars.bars.map((bar) => bar.value),
    colors: bars.bars.map((bar) => bar.color.replace('#', '').toUpperCase()),
    legend: bars.groups.map((group) => ({
      name: group.name,
      color: group.color.replace('#', '').toUpperCase(),
    })),
    description: `${title}: ${bars.bars.map((bar) => `${bar.label} ${bar.valueLabel}`).join('; ')}`,
  };
}

function chartSlide(api: ChartExportApi, input: DeckInput): ChartSlide {
  const { settings, now, url } = input;
  const sources = api.sources();
  const context = pictureContext(api.title, sources, settings, now, api.notes, api.scope);
  const bars = api.bars?.() ?? null;
  return {
    kind: 'chart',
    id: api.id,
    title: api.title,
    filters: context.filters,
    counted: bars?.counted ?? null,
    chart: bars ? deckChart(bars, api.title) : null,
    notes: api.notes ?? [],
    footer: [...context.sources, context.date, translate(settings.language, 'print.view', { url })],
    speakerNotes: speakerNotes(sources, input),
  };
}

const paragraphIndexes = new WeakMap<DashboardData, Map<string, Paragraph>>();

/** The paragraphs by report and number, built once per data set (every slide looks them up). */
function paragraphIndex(data: DashboardData): Map<string, Paragraph> {
  let index = paragraphIndexes.get(data);
  if (!index) {
    index = new Map(
      data.paragraphs.paragraphs.map((paragraph) => [
        `${paragraph.report}\u0000${paragraph.number}`,
        paragraph,
      ]),
    );
    paragraphIndexes.set(data, index);
  }
  return index;
}

/**
 * Each paragraph behind the slide, as the report prints it (footnote markers bracketed, then the
 * footnotes), and the citation of the report with those paragraphs.
 */
export function speakerNotes(
  refs: readonly { report: string; paragraph: number }[],
  { data, settings, now }: Pick<DeckInput, 'data' | 'settings' | 'now'>,
): string {
  const { language } = settings;
  if (refs.length === 0) return translate(language, 'deck.notesNone');
  const byKey = paragraphIndex(data);
  const quotes = refs.flatMap(({ report, paragraph: number }) => {
    const paragraph = byKey.get(`${report}\u0000${number}`);
    if (!paragraph) return [];
    const notes = paragraph.footnotes.map((note) => `[${note.number}] ${note.text}`);
    const mark = `${report}${language === 'zh' ? '，' : ', '}${paragraphMark([number], language)}`;
    return [[mark, quotedText(paragraph), ...notes].join('\n')];
  });
  const reports = data.paragraphs.reports;
  const citations = citedReports(reports, refs).map(({ report, paragraphs }) => {
    const original =
      language === 'en' && report.language === 'zh'
        ? ` ${translate(language, 'deck.quotedChinese')}`
        : '';
    return `— ${reportCitation(report, paragraphs, language, now)}${original}`;
  });
  return [translate(language, 'deck.notes'), ...quotes, ...citations].join('\n\n');
}

function sourcesSlide({ data, records, settings, now, url }: DeckInput): SourcesSlide {
  const { language } = settings;
  const citation = citeViewText(data, records, settings, url, now);
  return {
    kind: 'sources',
    title: translate(language, 'deck.sourcesTitle'),
    citeAs: translate(language, 'deck.citeAs'),
    citation: citation.split('\n'),
    documentsLabel: translate(language, 'deck.documents'),
    documents: data.paragraphs.reports.map((report) => ({
      text: report.symbol,
      url: documentLink(report.symbol, language),
    })),
    view: { text: translate(language, 'deck.openView'), url },
  };
}
