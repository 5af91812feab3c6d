import type { ReferenceFile } from '../../domain/index.ts';
import type { ChartExportApi } from '../../lib/export/chart-export-api.ts';
import { FOLLOWS_ALL } from '../../lib/export/chart-export-api.ts';
import type { FilterScope } from '../../lib/export/chart-export-api.ts';
import { describeScope } from '../../lib/export/describe-filters.ts';
import type { FilterState } from '../../lib/filters/filter-state.ts';
import { translate } from '../../lib/i18n/messages.ts';
import type { Language } from '../../lib/i18n/messages.ts';
import { toCsv } from './csv.ts';
import { exportFileName, filterSlug } from './file-name.ts';
import { sourceLines } from './paragraph-ranges.ts';
import { isoDate } from '../../lib/i18n/locale.ts';
import { formatExportDate, svgWithContext } from './svg-with-context.ts';
import type { SvgContext } from './svg-with-context.ts';

/** What every export states about the view it came from. */
export interface ExportSettings {
  readonly filters: FilterState;
  readonly reference: ReferenceFile;
  readonly language: Language;
  /** The report symbol, e.g. A/HRC/44/28 (or the first and last of several). */
  readonly report: string;
  /** The reports chosen when the view shows some of the data set's reports (absent: all). */
  readonly reportsShown?: readonly string[];
}

/** The filters line with the reports chosen, when the view does not show every report. */
export function withReportsShown(line: string, settings: ExportSettings): string {
  const shown = settings.reportsShown;
  if (!shown || shown.length === 0) return line;
  const reports = translate(settings.language, 'export.reportsShown', {
    reports: shown.join(settings.language === 'zh' ? '、' : ', '),
  });
  return `${line}${settings.language === 'zh' ? '；' : '; '}${reports}`;
}

export function pictureContext(
  title: string,
  sources: readonly { report: string; paragraph: number }[],
  settings: ExportSettings,
  now: Date,
  notes: readonly string[] = [],
  scope: FilterScope = FOLLOWS_ALL,
): SvgContext {
  const { language } = settings;
  return {
    title,
    filters: withReportsShown(
      describeScope(settings.filters, scope, settings.reference, language),
      settings,
    ),
    sources: sourceLines(sources, language, settings.report),
    date: translate(language, 'export.exported', { date: formatExportDate(now, language) }),
    notes,
  };
}

/** The chart with its title, filters, sources, date and (when known) the view's address around it. */
export function chartWithContext(
  api: ChartExportApi,
  settings: ExportSettings,
  now: Date,
  url?: string,
) {
  const context = pictureContext(api.title, api.sources(), settings, now, api.notes, api.scope);
  return svgWithContext(
    { svg: api.svg(), width: api.width, height: api.height },
    url ? { ...context, view: translate(settings.language, 'print.view', { url }) } : context,
  );
}

export function chartCsv(api: ChartExportApi): string {
  const { columns, rows } = api.rows();
  return toCsv([columns, ...rows]);
}

export function chartFileName(
  api: ChartExportApi,
  settings: ExportSettings,
  now: Date,
  extension: string,
) {
  return exportFileName(
    settings.report,
    api.unit ? `${api.id}-${api.unit}` : api.id,
    isoDate(now),
    extension,
    filterSlug(settings.filters, api.scope),
  );
}

/** README.txt of the briefing ZIP: what the view showed, where the numbers come from, when. */
export function briefingReadme(
  apis: readonly ChartExportApi[],
  files: readonly string[],
  settings: ExportSettings,
  now: Date,
  view?: { readonly url: string; readonly citation: string },
): string {
  const { language } = settings;
  const context = pictureContext(
    translate(language, 'export.readme.title'),
    apis.flatMap((api) => api.sources()),
    settings,
    now,
  );
  const lines = [
    `${context.title}: ${settings.report}`,
    '',
    context.filters,
    ...context.sources,
    context.date,
    ...(view
      ? [
          translate(language, 'print.view', { url: view.url }),
          '',
          `${translate(language, 'export.readme.cite')}:`,
          ...view.citation.split('\n'),
        ]
      : []),
    '',
    `${translate(language, 'export.readme.files')}:`,
    ...files.map((file) => `- ${file}`),
    '',
  ];
  return lines.join('\r\n');
}
