import { Suspense, lazy, useCallback, useMemo } from 'react';
import type { ChartExportApi } from '../lib/export/chart-export-api.ts';
import { BriefingBar, ExportMenu, RecordsExportBar } from '../features/export/index.ts';
import type { ExportSettings } from '../features/export/index.ts';
import { FiltersPanel } from '../features/filters/index.ts';
import { RegionTable, WorldMap } from '../features/map/index.ts';
import { CountriesWithRecords, RecordsByTheme } from '../features/overview/index.ts';
import { SourcesPanel } from '../features/provenance/index.ts';
import { FieldPresencesTable, FiguresTable, RecordsTable } from '../features/tables/index.ts';
import type { DashboardData } from '../lib/data/queries.ts';
import { ExportRegistryProvider } from '../lib/export/export-registry.tsx';
import { selectRecords } from '../lib/filters/select-records.ts';
import { useFilters } from '../lib/filters/use-filters.ts';
import { useI18n } from '../lib/i18n/use-i18n.ts';
import { ReportHeader } from './report-header.tsx';
import { reportSummary } from './report-summary.ts';
import { useSourcesPanel } from './use-sources-panel.ts';

// ECharts is about 180 kB gzip: the charts load in their own chunk, after the first render.
const ChartsPanel = lazy(() =>
  import('../features/charts/index.ts').then((module) => ({ default: module.ChartsPanel })),
);

/** The loaded dashboard: header, filters, the first-screen views, the tables, and the sources panel. */
export function Dashboard({ data }: { data: DashboardData }) {
  const { t, language } = useI18n();
  const controls = useFilters(data.reference);
  const sources = useSourcesPanel();
  const records = useMemo(
    () => selectRecords(data.activities.records, controls.filters, data.reference),
    [data, controls.filters],
  );
  const summary = useMemo(() => reportSummary(data, language), [data, language]);
  const overview = { data, controls, onOpenSources: sources.show };
  const exportSettings = useMemo<ExportSettings>(
    () => ({
      filters: controls.filters,
      reference: data.reference,
      language,
      report: data.paragraphs.reports[0]?.symbol ?? 'OHCHR',
    }),
    [controls.filters, data, language],
  );

  const exportToolbar = useCallback(
    (api: ChartExportApi) => <ExportMenu api={api} settings={exportSettings} />,
    [exportSettings],
  );

  return (
    <ExportRegistryProvider>
      <div className={sources.request ? 'app-layout with-panel' : 'app-layout'}>
        <div className="app-page">
          <ReportHeader summary={summary} />
          <main className="dashboard">
            <div className="filters-slot">
              <FiltersPanel data={data} controls={controls} matching={records.length} />
            </div>
            <div className="dashboard-content">
              <BriefingBar records={records} settings={exportSettings} />
              <section className="map-slot" aria-label={t('layout.map')}>
                <WorldMap
                  data={data}
                  records={records}
                  controls={controls}
                  onOpenSources={sources.show}
                  toolbar={exportToolbar}
                />
                <RegionTable data={data} records={records} controls={controls} />
              </section>
              <section className="charts-slot" aria-label={t('layout.charts')}>
                <Suspense fallback={<p className="charts-loading">{t('charts.loading')}</p>}>
                  <ChartsPanel
                    data={data}
                    records={records}
                    controls={controls}
                    onOpenSources={sources.show}
                    toolbar={exportToolbar}
                  />
                </Suspense>
              </section>
              <section className="overview" aria-label={t('layout.overview')}>
                <CountriesWithRecords {...overview} />
                <RecordsByTheme {...overview} />
              </section>
              <section className="tables-slot" aria-label={t('layout.tables')}>
                <RecordsExportBar records={records} settings={exportSettings} />
                <RecordsTable data={data} records={records} onOpenSources={sources.show} />
                <FieldPresencesTable data={data} onOpenSources={sources.show} />
                <FiguresTable data={data} onOpenSources={sources.show} />
              </section>
            </div>
          </main>
        </div>
        {sources.request ? (
          <SourcesPanel
            key={sources.serial}
            data={data}
            request={sources.request}
            onClose={sources.close}
          />
        ) : null}
      </div>
    </ExportRegistryProvider>
  );
}
