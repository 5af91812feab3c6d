import { useEffect } from 'react';
import { useDashboardData } from '../lib/data/queries.ts';
import { useI18n } from '../lib/i18n/use-i18n.ts';
import { useUrlParam } from '../lib/url-state/use-url-params.ts';
import { Dashboard } from './dashboard.tsx';
import { DataErrorPanel } from './data-error-panel.tsx';
import { EmbedView } from './embed-view.tsx';
import { ReportHeader } from './report-header.tsx';
import { countView } from '../lib/filters/count-view.ts';

const NO_COUNTS = countView([]);

/** Loads the four data files; shows a loading state, an error panel, or the dashboard. */
export function App() {
  const { t, locale } = useI18n();
  const { data, errors, isPending, refetchFailed } = useDashboardData();
  const [embed] = useUrlParam('embed');

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.name');
  }, [locale, t]);

  if (data && embed) return <EmbedView data={data} chart={embed} />;
  if (data) return <Dashboard data={data} />;
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
