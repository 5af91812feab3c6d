import type { ActivityRecord } from '../../domain/index.ts';
import type { DashboardData } from '../../lib/data/queries.ts';
import type { ChartExportApi } from '../../lib/export/chart-export-api.ts';
import { citeViewText } from './cite-state.ts';
import { toCsv } from './csv.ts';
import { briefingReadme, chartCsv, chartFileName, chartWithContext } from './export-context.ts';
import type { ExportSettings } from './export-context.ts';
import { exportFileName, filterSlug } from './file-name.ts';
import { rasterize } from './rasterize.ts';
import { recordCsvRows, recordHxlRows, recordTable } from './records-export-state.ts';
import { citedParagraphs, workbookSheets } from './workbook-state.ts';
import { workbookBlob } from './xlsx.ts';
import { isoDate } from '../../lib/i18n/locale.ts';

/**
 * The briefing ZIP: every registered chart and the map as PNG, SVG and CSV; the records as CSV,
 * HXL CSV and the XLSX workbook (with the figures, field presences, cited paragraphs and an
 * about sheet); the PowerPoint deck; the cited paragraphs as text; a README with the context.
 */
export async function briefingZip(
  apis: readonly ChartExportApi[],
  data: DashboardData,
  records: readonly ActivityRecord[],
  settings: ExportSettings,
  now: Date,
  url: string,
): Promise<Blob> {
  const { zipSync, strToU8 } = await import('fflate');
  const files: Record<string, Uint8Array> = {};
  for (const api of apis) {
    const picture = chartWithContext(api, settings, now, url);
    const png = await rasterize(picture.svg, picture.width, picture.height);
    files[chartFileName(api, settings, now, 'png')] = new Uint8Array(await png.arrayBuffer());
    files[chartFileName(api, settings, now, 'svg')] = strToU8(picture.svg);
    files[chartFileName(api, settings, now, 'csv')] = strToU8(chartCsv(api));
  }
  const table = recordTable(
    records,
    settings.reference,
    settings.language,
    data.paragraphs.paragraphs,
  );
  const name = (what: string, extension: string) =>
    exportFileName(settings.report, what, isoDate(now), extension, filterSlug(settings.filters));
  files[name('records', 'csv')] = strToU8(toCsv(recordCsvRows(table)));
  files[name('records-hxl', 'csv')] = strToU8(toCsv(recordHxlRows(table)));
  const { language, filters } = settings;
  const sheets = workbookSheets({ data, records, filters, language, now, url });
  files[name('records', 'xlsx')] = new Uint8Array(await (await workbookBlob(sheets)).arrayBuffer());
  // The workbook's other tables as CSV too, for tools that do not read XLSX. The figures and field
  // presences are the report's, not filtered: their names carry no filters (and "-table" keeps them
  // apart from the field-presence chart's CSV).
  const [, sentencesSheet, figuresSheet, presencesSheet] = sheets;
  const unfiltered = (what: string) => exportFileName(settings.report, what, isoDate(now), 'csv');
  const tables = [
    [name('sentences', 'csv'), sentencesSheet],
    [unfiltered('figures-table'), figuresSheet],
    [unfiltered('field-presences-table'), presencesSheet],
  ] as const;
  for (const [file, sheet] of tables) {
    if (sheet) files[file] = strToU8(toCsv([sheet.header, ...sheet.rows]));
  }
  // The deck too, so that the pack holds everything a briefing hands over (its writer loads here).
  const { deckBlob } = await import('./deck.ts');
  const deck = await deckBlob({ apis, data, records, settings, now, url });
  files[name('deck', 'pptx')] = new Uint8Array(await deck.arrayBuffer());
  files[name('source-paragraphs', 'txt')] = strToU8(`\uFEFF${citedParagraphsText(data, records)}`);
  const citation = citeViewText(data, records, settings, url, now);
  const readme = briefingReadme(apis, Object.keys(files), settings, now, { url, citation });
  files['README.txt'] = strToU8(`\uFEFF${readme}`);
  const zipped = zipSync(files, { level: 6, mtime: now });
  return new Blob([zipped as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}

/** The cited paragraphs as plain text: "A/HRC/44/28 ¶19", its section, its text, its notes. */
function citedParagraphsText(data: DashboardData, records: readonly ActivityRecord[]): string {
  return citedParagraphs(data, records)
    .map(([report, number, section, text, footnotes]) =>
      [`${report} ¶${number}`, section, text, footnotes].filter(Boolean).join('\n'),
    )
    .join('\n\n');
}
