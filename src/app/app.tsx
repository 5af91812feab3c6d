import { useEffect, useMemo } from 'react';
import { useDashboardData } from '../lib/data/queries.ts';
import { scopeToReports, seriesReports } from '../lib/data/report-scope.ts';
import { useReportSelection } from '../lib/filters/use-report-selection.ts';
import { useI18n } from '../lib/i18n/use-i18n.ts';
import { useUrlParam } from '../lib/url-state/use-url-params.ts';
import { Dashboard } from './dashboard.tsx';
import { DataErrorPanel } from './data-error-panel.tsx';
import { EmbedView } from './embed-view.tsx';
import { ReportHeader } from './report-header.tsx';
import { countView } from '../lib/filters/count-view.ts';

const NO_COUNTS = countView([]);

/** Loads the four data files; shows a loading state, an error panel, or the dashboard of the reports chosen. */
export function App() {
  const { t, locale } = useI18n();
  const { data, errors, isPending, refetchFailed } = useDashboardData();
  const [embed] = useUrlParam('embed');
  const reports = useMemo(() => (data ? seriesReports(data) : []), [data]);
  const reportControls = useReportSelection(reports);
  // Every view reads the data of the reports chosen, so each number is those reports' own.
  const scoped = useMemo(
    () => (data ? scopeToReports(data, reportControls.selected) : undefined),
    [data, reportControls.selected],
  );

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.name');
  }, [locale, t]);

  if (scoped && embed) {
    const shown = reportControls.narrowed ? reportControls.selected : undefined;
    return <EmbedView data={scoped} chart={embed} reportsShown={shown} />;
  }
  if (scoped) return <Dashboard data={scoped} reports={reportControls} />;
  return (
    <div className="app-page">
      <ReportHeader summary={null} view={NO_COUNTS} all={NO_COUNTS} />
      <main className="dashboard-status">
        {errors.length > 0 ? (
          <DataErrorPanel errors={errors} onRetry={refetchFailed} />
        ) : isPending ? (
          <output className="loading">{t('app.loading')}</output>
        ) : null}
      </main>
    </div>
  );
}
