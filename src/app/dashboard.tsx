import { Suspense, memo, useCallback, useDeferredValue, useEffect, useMemo } from 'react';
import type { ChartExportApi } from '../lib/export/chart-export-api.ts';
import { BriefingBar, ExportMenu, RecordsExportBar } from '../features/export/index.ts';
import { FiltersDrawer, FiltersPanel } from '../features/filters/index.ts';
import { RegionTable, WorldMap } from '../features/map/index.ts';
import { CountriesWithRecords, RecordsByTheme } from '../features/overview/index.ts';
import {
  FieldPresencesTable,
  FiguresTable,
  PrintRecordsTable,
  RecordsTable,
  ReportChangeTable,
} from '../features/tables/index.ts';
import type { DashboardData } from '../lib/data/queries.ts';
import { ExportRegistryProvider } from '../lib/export/export-registry.tsx';
import { useLatestGetter } from '../lib/hooks/use-latest.ts';
import { countView } from '../lib/filters/count-view.ts';
import { activeFilters } from '../lib/filters/filter-state.ts';
import { selectRecords } from '../lib/filters/select-records.ts';
import { useFilters } from '../lib/filters/use-filters.ts';
import type { ReportSelectionControls } from '../lib/filters/use-report-selection.ts';
import { useI18n } from '../lib/i18n/use-i18n.ts';
import { usePrinting } from '../lib/layout/use-printing.ts';
import { ChartsPanel } from './charts-chunk.tsx';
import { ReportHeader } from './report-header.tsx';
import { SourcesPanel, prepareSources } from './sources-chunk.ts';
import { reportSummary } from './report-summary.ts';
import { useExportSettings } from './use-export-settings.ts';
import { useSourcesPanel } from './use-sources-panel.ts';

// Views that follow a filter change after the records table, the map and the active filters (see
// `useDeferredValue` below): memoised, so that the urgent render skips them while their props are still the old ones.
const DeferredBriefingBar = memo(BriefingBar);
const DeferredRegionTable = memo(RegionTable);
const DeferredCountriesWithRecords = memo(CountriesWithRecords);
const DeferredRecordsByTheme = memo(RecordsByTheme);

/** The loaded dashboard: header, filters, the first-screen views, the tables, and the sources panel. */
export function Dashboard({
  data,
  reports,
}: {
  /** The data of the reports chosen. */
  data: DashboardData;
  reports?: ReportSelectionControls;
}) {
  const { t, language } = useI18n();
  const controls = useFilters(data.reference);
  const sources = useSourcesPanel();
  const printing = usePrinting();
  const records = useMemo(
    () => selectRecords(data.activities.records, controls.filters, data.reference),
    [data, controls.filters],
  );
  const summary = useMemo(() => reportSummary(data, language), [data, language]);
  const allCounts = useMemo(() => countView(data.activities.records), [data]);
  const viewCounts = useMemo(() => countView(records), [records]);
  // The sources panel looks paragraphs and tags up in an index of the whole data set: built while
  // the browser is idle after the first view, so that the first click on a number does not wait.
  useEffect(() => {
    if (typeof requestIdleCallback === 'undefined') return;
    const idle = requestIdleCallback(() => prepareSources(data));
    return () => cancelIdleCallback(idle);
  }, [data]);
  // A filter change (a click on the map, say) updates the records table, the map and the active
  // filters first; the charts, overview tables, filter options and the sources panel follow in a
  // deferred render, which React interrupts if another change comes in.
  const later = useDeferredValue(controls);
  const laterRecords = useDeferredValue(records);
  const laterRequest = useDeferredValue(sources.request);
  const laterSerial = useDeferredValue(sources.serial);
  const overview = { data, controls: later, onOpenSources: sources.show };
  const reportsShown = reports?.narrowed ? reports.selected : undefined;
  const exportSettings = useExportSettings(data, controls.filters, reportsShown);
  const laterExportSettings = useExportSettings(data, later.filters, reportsShown);
  // One toolbar for the map and every chart, the same from render to render (a chart whose bars
  // did not change is not rendered again); the filters are read when a file is made.
  const currentExportSettings = useLatestGetter(exportSettings);
  const exportToolbar = useCallback(
    (api: ChartExportApi) => <ExportMenu api={api} settings={currentExportSettings} />,
    [currentExportSettings],
  );

  return (
    <ExportRegistryProvider>
      <div className={laterRequest ? 'app-layout with-panel' : 'app-layout'}>
        <div className="app-page">
          <ReportHeader summary={summary} view={viewCounts} all={allCounts} />
          <main className="dashboard">
            <FiltersDrawer
              matching={records.length}
              active={activeFilters(controls.filters).length}
            >
              <FiltersPanel
                data={data}
                controls={controls}
                matching={records.length}
                reports={reports}
              />
            </FiltersDrawer>
            <div className="dashboard-content">
              <DeferredBriefingBar
                data={data}
                records={laterRecords}
                settings={laterExportSettings}
                printing={printing}
              />
              <section className="map-slot" aria-label={t('layout.map')}>
                <WorldMap
                  data={data}
                  records={records}
                  controls={controls}
                  onOpenSources={sources.show}
                  toolbar={exportToolbar}
                />
                <DeferredRegionTable data={data} records={laterRecords} controls={later} />
                <ReportChangeTable
                  data={data}
                  records={laterRecords}
                  onOpenSources={sources.show}
                />
              </section>
              <section className="charts-slot" aria-label={t('layout.charts')}>
                <ChartsPanel
                  data={data}
                  records={laterRecords}
                  controls={later}
                  onOpenSources={sources.show}
                  toolbar={exportToolbar}
                />
              </section>
              <section className="overview" aria-label={t('layout.overview')}>
                <DeferredCountriesWithRecords {...overview} />
                <DeferredRecordsByTheme {...overview} />
              </section>
              <section className="tables-slot" aria-label={t('layout.tables')}>
                <RecordsExportBar data={data} records={records} settings={exportSettings} />
                <div className="no-print">
                  <RecordsTable data={data} records={records} onOpenSources={sources.show} />
                </div>
                {printing ? <PrintRecordsTable data={data} records={records} /> : null}
                <FieldPresencesTable data={data} onOpenSources={sources.show} />
                <FiguresTable data={data} onOpenSources={sources.show} />
              </section>
            </div>
          </main>
        </div>
        {laterRequest ? (
          <Suspense fallback={null}>
            <SourcesPanel
              key={laterSerial}
              data={data}
              request={laterRequest}
              onClose={sources.close}
            />
          </Suspense>
        ) : null}
      </div>
    </ExportRegistryProvider>
  );
}
