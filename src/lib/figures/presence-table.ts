import { officeBreakdownParts, sumOfBreakdownParts } from '../../domain/index.ts';
import type { OfficeBreakdown, OfficeTypeId } from '../../domain/index.ts';
import type { DashboardData } from '../data/queries.ts';
import { officeBreakdownsOf, reportYear, seriesReports } from '../data/report-scope.ts';
import type { Language } from '../i18n/messages.ts';

/** One report's column of the table: its own breakdown, checked against its own stated total. */
export interface PresenceColumn {
  readonly report: string;
  readonly year: number | null;
  readonly breakdown: OfficeBreakdown;
  readonly sumOfParts: number;
}

export interface PresenceTable {
  /** One per report that states a breakdown, oldest first. */
  readonly columns: readonly PresenceColumn[];
  readonly rows: readonly {
    readonly officeType: OfficeTypeId;
    readonly label: string;
    readonly counts: readonly number[];
  }[];
  /** Reports of the view that state no breakdown. */
  readonly withoutBreakdown: readonly string[];
}

/** The field presences of each report in view, side by side by year. */
export function presenceTable(data: DashboardData, language: Language): PresenceTable {
  const byReport = new Map(officeBreakdownsOf(data.figures).map((b) => [b.report, b]));
  const reports = seriesReports(data);
  const columns = reports.flatMap((report) => {
    const breakdown = byReport.get(report.symbol);
    return breakdown
      ? [
          {
            report: report.symbol,
            year: reportYear(report),
            breakdown,
            sumOfParts: sumOfBreakdownParts(breakdown),
          },
        ]
      : [];
  });
  const labels = new Map(data.reference.officeTypes.map((office) => [office.id, office.labels]));
  return {
    columns,
    rows: officeBreakdownParts.map(([field, officeType]) => ({
      officeType,
      label: labels.get(officeType)?.[language] ?? officeType,
      counts: columns.map((column) => column.breakdown[field]),
    })),
    withoutBreakdown: reports
      .filter((report) => !byReport.has(report.symbol))
      .map((report) => report.symbol),
  };
}
