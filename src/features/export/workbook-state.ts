import type { ActivityRecord } from '../../domain/index.ts';
import type { DashboardData } from '../../lib/data/queries.ts';
import { describeFilters } from '../../lib/export/describe-filters.ts';
import { countedCategory, fundName } from '../../lib/figures/figure-labels.ts';
import { presenceTable } from '../../lib/figures/presence-table.ts';
import { countView } from '../../lib/filters/count-view.ts';
import type { FilterState } from '../../lib/filters/filter-state.ts';
import { formatDate } from '../../lib/i18n/locale.ts';
import { translate } from '../../lib/i18n/messages.ts';
import type { Language, MessageKey } from '../../lib/i18n/messages.ts';
import { recordTable, sentenceTextOf } from './records-export-state.ts';
import type { Cell } from './records-export-state.ts';

/** One sheet of the workbook: its name, header, rows and each column's width in characters. */
export interface WorkbookSheet {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  readonly widths: readonly number[];
}

export interface WorkbookInput {
  readonly data: DashboardData;
  /** The records under the current filters. */
  readonly records: readonly ActivityRecord[];
  readonly filters: FilterState;
  readonly language: Language;
  readonly now: Date;
  /** The view's address, so the file leads back to what was on screen. */
  readonly url: string;
}

/** A column as wide as its widest cell (CJK characters count double), within 8 and 80. */
function widthsOf(header: readonly string[], rows: readonly (readonly Cell[])[]): number[] {
  const width = (cell: Cell | undefined) =>
    [...String(cell ?? '')].reduce(
      (sum, char) => sum + (/[\u2e80-\u9fff\uff00-\uffef]/u.test(char) ? 2 : 1),
      0,
    );
  return header.map((title, column) =>
    Math.min(80, Math.max(8, width(title), ...rows.slice(0, 500).map((row) => width(row[column])))),
  );
}

function sheet(
  name: string,
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
): WorkbookSheet {
  return { name, header, rows, widths: widthsOf(header, rows) };
}

/**
 * The workbook of the view, every sheet named and headed in the UI language: the records, the
 * distinct sentences behind them, the report's figures and field presences (which no filter
 * changes), the paragraphs the records cite with their section and footnotes, and an "about"
 * sheet saying what the file is, under which filters, when and from where.
 */
export function workbookSheets(input: WorkbookInput): WorkbookSheet[] {
  const { data, records, language } = input;
  const t = (key: MessageKey, values?: Record<string, string | number>) =>
    translate(language, key, values);
  const { reference } = data;
  const countryName = new Map(reference.countries.map((c) => [c.iso3, c.names[language]]));

  const table = recordTable(records, reference, language, data.paragraphs.paragraphs);
  const sentenceText = sentenceTextOf(data.paragraphs.paragraphs);

  const sentences = new Map<string, { record: ActivityRecord; countries: string[] }>();
  for (const record of records) {
    const key = `${record.report}\u0000${record.paragraph}\u0000${record.sentence}`;
    const entry = sentences.get(key) ?? { record, countries: [] };
    if (record.country !== null)
      entry.countries.push(countryName.get(record.country) ?? record.country);
    sentences.set(key, entry);
  }
  const sentenceRows = [...sentences.values()].map(({ record, countries }) => [
    record.report,
    record.paragraph,
    record.sentence + 1,
    countries.length > 0 ? countries.join('; ') : t('global'),
    sentenceText(record),
  ]);

  const figureRows = data.figures.figures.map((figure) => [
    figure.report,
    figure.paragraph,
    figure.fund === null ? '' : fundName(reference, figure.fund, language),
    countedCategory(figure.counts, language),
    figure.countsText,
    figure.qualifier === null ? '' : t(`qualifier.${figure.qualifier}` as MessageKey),
    figure.value,
    figure.year ?? '',
  ]);

  // Every report's own breakdown, each with its report and paragraph, oldest report first.
  const presences = presenceTable(data, language);
  const presenceRows = presences.columns.flatMap(({ breakdown }, index) => [
    ...presences.rows.map((row) => [
      row.label,
      row.counts[index] ?? 0,
      breakdown.report,
      breakdown.paragraph,
    ]),
    [t('workbook.presences.total'), breakdown.total, breakdown.report, breakdown.paragraph],
  ]);

  const paragraphRows = citedParagraphs(data, records);

  const counts = countView(records);
  const reports = data.paragraphs.reports.map((report) =>
    [report.symbol, report.registry?.title[language] ?? report.title ?? ''].join(' '),
  );
  const aboutRows: Cell[][] = [
    [t('workbook.about.report'), reports.join('; ')],
    [t('workbook.about.filters'), describeFilters(input.filters, reference, language)],
    [t('workbook.about.records'), counts.records],
    [t('workbook.about.sentences'), counts.sentences],
    [t('workbook.about.paragraphs'), counts.paragraphs],
    [t('workbook.about.record'), t('header.recordMeaning')],
    [t('workbook.about.method'), t('workbook.about.methodText')],
    [t('workbook.about.exported'), formatDate(language, input.now)],
    [t('workbook.about.view'), input.url],
  ];

  return [
    sheet(t('workbook.sheet.records'), table.header, table.rows),
    sheet(
      t('workbook.sheet.sentences'),
      [
        t('export.col.report'),
        t('export.col.paragraph'),
        t('workbook.col.sentenceNumber'),
        t('workbook.col.countries'),
        t('export.col.sentence'),
      ],
      sentenceRows,
    ),
    sheet(
      t('workbook.sheet.figures'),
      [
        t('export.col.report'),
        t('export.col.paragraph'),
        t('charts.column.fund'),
        t('charts.column.counted'),
        t('workbook.col.phrase'),
        t('charts.column.qualifier'),
        t('charts.column.value'),
        t('charts.column.year'),
      ],
      figureRows,
    ),
    sheet(
      t('workbook.sheet.presences'),
      [
        t('charts.column.presenceType'),
        t('workbook.col.presences'),
        t('export.col.report'),
        t('export.col.paragraph'),
      ],
      presenceRows,
    ),
    sheet(
      t('workbook.sheet.paragraphs'),
      [
        t('export.col.report'),
        t('export.col.paragraph'),
        t('workbook.col.section'),
        t('workbook.col.text'),
        t('workbook.col.footnotes'),
      ],
      paragraphRows,
    ),
    sheet(
      t('workbook.sheet.about'),
      [t('workbook.about.what'), t('workbook.about.value')],
      aboutRows,
    ),
  ];
}

/** The paragraphs the records cite, in report order: report, number, section path, text, footnotes. */
export function citedParagraphs(
  data: DashboardData,
  records: readonly ActivityRecord[],
): (readonly Cell[])[] {
  const cited = new Set(records.map((record) => `${record.report}\u0000${record.paragraph}`));
  const sectionTitle = new Map(
    data.paragraphs.sections.map((section) => [
      `${section.report}\u0000${section.id}`,
      `${section.label} ${section.title}`,
    ]),
  );
  return data.paragraphs.paragraphs
    .filter((paragraph) => cited.has(`${paragraph.report}\u0000${paragraph.number}`))
    .map((paragraph) => [
      paragraph.report,
      paragraph.number,
      paragraph.section
        .map((id) => sectionTitle.get(`${paragraph.report}\u0000${id}`) ?? id)
        .join(' › '),
      paragraph.text,
      paragraph.footnotes.map((note) => `${note.number}. ${note.text}`).join('\n'),
    ]);
}
