import type { ReportMetadata } from '../../domain/index.ts';
import type { Language } from '../i18n/languages.ts';
import { paragraphsByReport } from '../provenance/compress-paragraphs.ts';
import type { CitedReport } from './citation.ts';

export type CitableReport = CitedReport & { readonly language?: Language };

/** What a citation needs of a report: from data/reports.json when prep had it, else the symbol. */
export function citableReport(reports: readonly ReportMetadata[], symbol: string): CitableReport {
  const registry = reports.find((report) => report.symbol === symbol)?.registry;
  if (!registry) return { symbol, year: null, title: null };
  const language =
    registry.language === 'zh' || registry.language === 'en' ? registry.language : undefined;
  return { symbol, year: registry.year, title: registry.title, language };
}

/** Each report the references draw on, in order of first mention, with its paragraphs. */
export function citedReports(
  reports: readonly ReportMetadata[],
  refs: readonly { report: string; paragraph: number }[],
): { report: CitableReport; paragraphs: number[] }[] {
  return [...paragraphsByReport(refs)].map(([symbol, paragraphs]) => ({
    report: citableReport(reports, symbol),
    paragraphs,
  }));
}
