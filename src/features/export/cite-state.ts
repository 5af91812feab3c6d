import type { ActivityRecord } from '../../domain/index.ts';
import { viewCitation } from '../../lib/citation/citation.ts';
import { citableReport, citedReports } from '../../lib/citation/cited-reports.ts';
import { describeFilters } from '../../lib/export/describe-filters.ts';
import { withReportsShown } from './export-context.ts';
import type { DashboardData } from '../../lib/data/queries.ts';
import { translate } from '../../lib/i18n/messages.ts';
import type { ExportSettings } from './export-context.ts';

/** The citation of the view: its filters, record count and address, then every report it cites. */
export function citeViewText(
  data: DashboardData,
  records: readonly ActivityRecord[],
  settings: ExportSettings,
  url: string,
  accessed: Date,
): string {
  const { language } = settings;
  const reports = data.paragraphs.reports;
  const cited = citedReports(
    reports,
    records.map((record) => ({ report: record.report, paragraph: record.paragraph })),
  );
  // A view with no records still comes from the reports loaded: cite them without paragraphs.
  const sources =
    cited.length > 0
      ? cited
      : reports.map((report) => ({
          report: citableReport(reports, report.symbol),
          paragraphs: [],
        }));
  return viewCitation(
    {
      dashboard: translate(language, 'app.name'),
      filters: withReportsShown(
        describeFilters(settings.filters, settings.reference, language),
        settings,
      ),
      records: records.length,
      url,
      reports: sources,
    },
    language,
    accessed,
  );
}
