import type { OfficeBreakdown, ReportMetadata } from '../../domain/index.ts';
import type { DashboardData } from './queries.ts';

/** The year a report covers up to: from data/reports.json, else the session dates printed above its title. */
export function reportYear(report: ReportMetadata): number | null {
  if (report.registry) return report.registry.year;
  for (const line of report.titleBlock) {
    const match = /(\d{4})\s*年/u.exec(line);
    if (match?.[1]) return Number(match[1]);
  }
  return null;
}

/** The reports of the data set, oldest first (a report of unknown year last, in file order). */
export function seriesReports(data: Pick<DashboardData, 'paragraphs'>): ReportMetadata[] {
  return data.paragraphs.reports
    .map((report, index) => ({ report, index, year: reportYear(report) }))
    .sort(
      (a, b) =>
        (a.year ?? Number.POSITIVE_INFINITY) - (b.year ?? Number.POSITIVE_INFINITY) ||
        a.index - b.index,
    )
    .map(({ report }) => report);
}

/** The symbols of the data set's reports, oldest first: the order rows and bars follow. */
export function seriesSymbols(data: Pick<DashboardData, 'paragraphs'>): string[] {
  return seriesReports(data).map((report) => report.symbol);
}

export interface ReportSelection {
  /** Symbols chosen, in series order; every report when none is chosen. */
  readonly selected: readonly string[];
  /** Whether the view is narrowed to some of the reports. */
  readonly narrowed: boolean;
  /** Symbols the URL named that the data does not hold. */
  readonly dropped: readonly string[];
}

/** Reads the `report` values of the URL against the reports the data holds. */
export function parseReportSelection(
  values: readonly string[],
  reports: readonly ReportMetadata[],
): ReportSelection {
  // Before the data has loaded nothing is known, and nothing is dropped.
  if (reports.length === 0) return { selected: [], narrowed: false, dropped: [] };
  const known = new Set(reports.map((report) => report.symbol));
  const wanted = new Set(values.filter((value) => known.has(value)));
  const dropped = [...new Set(values.filter((value) => !known.has(value)))];
  const chosen = reports.filter((report) => wanted.has(report.symbol));
  const narrowed = chosen.length > 0 && chosen.length < reports.length;
  return {
    selected: (narrowed ? chosen : reports).map((report) => report.symbol),
    narrowed,
    dropped,
  };
}

/** Each report's stated breakdown; files written before there were several give one. */
export function officeBreakdownsOf(figures: DashboardData['figures']): readonly OfficeBreakdown[] {
  if (figures.officeBreakdowns) return figures.officeBreakdowns;
  return figures.officeBreakdown ? [figures.officeBreakdown] : [];
}

/**
 * The data set narrowed to some reports: every view reads this, so that counts, map, charts,
 * tables, sources and exports are each report's own. The whole data set comes back unchanged
 * (the same object) when every report is selected.
 */
export function scopeToReports(data: DashboardData, selected: readonly string[]): DashboardData {
  const keep = new Set(selected);
  if (data.paragraphs.reports.every((report) => keep.has(report.symbol))) return data;
  const inScope = (item: { readonly report: string }) => keep.has(item.report);
  const breakdowns = officeBreakdownsOf(data.figures).filter(inScope);
  return {
    ...data,
    paragraphs: {
      ...data.paragraphs,
      reports: data.paragraphs.reports.filter((report) => keep.has(report.symbol)),
      sections: data.paragraphs.sections.filter(inScope),
      paragraphs: data.paragraphs.paragraphs.filter(inScope),
    },
    activities: { ...data.activities, records: data.activities.records.filter(inScope) },
    figures: {
      ...data.figures,
      officeBreakdown: breakdowns[0] ?? null,
      officeBreakdowns: breakdowns,
      figures: data.figures.figures.filter(inScope),
    },
  };
}
