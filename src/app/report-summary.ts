import type { ReportMetadata } from '../domain/index.ts';
import type { DashboardData } from '../lib/data/queries.ts';
import { reportYear, seriesReports } from '../lib/data/report-scope.ts';
import type { Language } from '../lib/i18n/messages.ts';

export interface ReportLine {
  readonly symbol: string;
  /** The title in the chosen language, or the Chinese one (marked as such) when that is all there is. */
  readonly title: { readonly text: string; readonly lang: Language } | null;
  /** The year the report covers up to: from data/reports.json, else the session dates printed above the title. */
  readonly year: number | null;
}

export interface ReportSummary extends ReportLine {
  /** Every report the view shows, oldest first; the fields above are the first one's. */
  readonly reports: readonly ReportLine[];
  /** The first and last year of the reports shown, when known. */
  readonly years: { readonly first: number; readonly last: number } | null;
  readonly preparedAt: string;
  /** Paragraphs the reports have, all of them (records come from some). */
  readonly reportParagraphs: number;
}

function titleOf(report: ReportMetadata, language: Language): ReportLine['title'] {
  const registered = report.registry?.title[language];
  if (registered) return { text: registered, lang: language };
  const printed = report.registry?.title.zh ?? report.title ?? report.titleBlock.join(' ');
  return printed ? { text: printed, lang: 'zh' } : null;
}

/** What the header says about the data: every number is counted from the files themselves. */
export function reportSummary(data: DashboardData, language: Language): ReportSummary | null {
  const reports = seriesReports(data).map((report) => ({
    symbol: report.symbol,
    title: titleOf(report, language),
    year: reportYear(report),
  }));
  const first = reports[0];
  if (!first) return null;
  const years = reports.flatMap((report) => (report.year === null ? [] : [report.year]));
  return {
    ...first,
    reports,
    years: years.length > 0 ? { first: Math.min(...years), last: Math.max(...years) } : null,
    preparedAt: data.paragraphs.meta.generatedAt,
    reportParagraphs: data.paragraphs.paragraphs.length,
  };
}

/** How exports name the reports they draw on: the symbol, or the first and last of several. */
export function reportsLabel(summary: ReportSummary | null): string {
  if (!summary) return 'OHCHR';
  const symbols = summary.reports.map((report) => report.symbol);
  if (symbols.length <= 3) return symbols.join(' + ');
  return `${symbols[0]} … ${symbols.at(-1)} (${symbols.length})`;
}
