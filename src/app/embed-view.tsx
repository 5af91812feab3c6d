import { useCallback, useMemo } from 'react';
import type { ChartExportApi } from '../lib/export/chart-export-api.ts';
import { EmbedCaption } from '../features/export/index.ts';
import { WorldMap } from '../features/map/index.ts';
import type { DashboardData } from '../lib/data/queries.ts';
import { selectRecords } from '../lib/filters/select-records.ts';
import { useFilters } from '../lib/filters/use-filters.ts';
import type { FilterControls } from '../lib/filters/use-filters.ts';
import { useI18n } from '../lib/i18n/use-i18n.ts';
import { ChartsPanel } from './charts-chunk.tsx';
import { useExportSettings } from './use-export-settings.ts';

const ignore = () => undefined;

/** The dashboard view an embedded chart comes from: this address without `embed`. */
function viewAddress(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('embed');
  return url.toString();
}

/**
 * `?embed=CHART`: one chart (or `map`) with its caption, alone, for an iframe. The filters are
 * pinned from the URL: a click on a bar or country does not change them.
 */
export function EmbedView({
  data,
  chart,
  reportsShown,
}: {
  data: DashboardData;
  chart: string;
  /** The reports chosen, when the view shows only some of them. */
  reportsShown?: readonly string[] | undefined;
}) {
  const { t } = useI18n();
  const live = useFilters(data.reference);
  const pinned = useMemo<FilterControls>(
    () => ({ ...live, setFilter: ignore, toggleFilter: ignore, clearAll: ignore }),
    [live],
  );
  const records = useMemo(
    () => selectRecords(data.activities.records, pinned.filters, data.reference),
    [data, pinned.filters],
  );
  const settings = useExportSettings(data, pinned.filters, reportsShown);
  const caption = useCallback(
    (api: ChartExportApi) => <EmbedCaption api={api} settings={settings} viewUrl={viewAddress()} />,
    [settings],
  );

  return (
    <main className="embed-view" aria-label={t('embed.label', { title: chart })}>
      {chart === 'map' ? (
        <WorldMap
          data={data}
          records={records}
          controls={pinned}
          onOpenSources={ignore}
          toolbar={caption}
        />
      ) : (
        <ChartsPanel
          data={data}
          records={records}
          controls={pinned}
          onOpenSources={ignore}
          only={{ id: chart, footer: caption }}
        />
      )}
    </main>
  );
}
