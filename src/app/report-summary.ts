import type { ReportMetadata } from '../domain/index.ts';
import type { DashboardData } from '../lib/data/queries.ts';
import type { Language } from '../lib/i18n/messages.ts';

export interface ReportSummary {
  readonly symbol: string;
  /** The title in the chosen language, or the Chinese one (marked as such) when that is all there is. */
  readonly title: { readonly text: string; readonly lang: Language } | null;
  /** The year the report covers up to: from data/reports.json, else the session dates printed above the title. */
  readonly year: number | null;
  readonly preparedAt: string;
  /** Paragraphs the report has, all of them (records come from some). */
  readonly reportParagraphs: number;
}

function yearOf(report: ReportMetadata): number | null {
  if (report.registry) return report.registry.year;
  for (const line of report.titleBlock) {
    const match = /(\d{4})\s*年/u.exec(line);
    if (match?.[1]) return Number(match[1]);
  }
  return null;
}

function titleOf(report: ReportMetadata, language: Language): ReportSummary['title'] {
  const registered = report.registry?.title[language];
  if (registered) return { text: registered, lang: language };
  const printed = report.registry?.title.zh ?? report.title ?? report.titleBlock.join(' ');
  return printed ? { text: printed, lang: 'zh' } : null;
}

/** What the header says about the data: every number is counted from the files themselves. */
export function reportSummary(data: DashboardData, language: Language): ReportSummary | null {
  const report = data.paragraphs.reports[0];
  if (!report) return null;
  return {
    symbol: report.symbol,
    title: titleOf(report, language),
    year: yearOf(report),
    preparedAt: data.paragraphs.meta.generatedAt,
    reportParagraphs: data.paragraphs.paragraphs.length,
  };
}
