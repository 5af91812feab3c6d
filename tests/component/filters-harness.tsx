import { render } from '@testing-library/react';
import { useMemo } from 'react';
import { FiltersPanel } from '../../src/features/filters/index.ts';
import { RecordsTable } from '../../src/features/tables/index.ts';
import type { DashboardData } from '../../src/lib/data/queries.ts';
import { selectRecords } from '../../src/lib/filters/select-records.ts';
import { useFilters } from '../../src/lib/filters/use-filters.ts';
import type { SourcesRequest } from '../../src/lib/provenance/sources-request.ts';
import { dashboardFixture } from '../fixtures/dashboard-data.ts';

/** The filters panel and the records table wired as the shell wires them, on the URL. */
function FilteredRecords({
  data,
  onOpenSources,
}: {
  data: DashboardData;
  onOpenSources: (request: SourcesRequest) => void;
}) {
  const controls = useFilters(data.reference);
  const records = useMemo(
    () => selectRecords(data.activities.records, controls.filters, data.reference),
    [data, controls.filters],
  );
  return (
    <>
      <FiltersPanel data={data} controls={controls} matching={records.length} />
      <RecordsTable data={data} records={records} onOpenSources={onOpenSources} />
    </>
  );
}

/** Opens `search` (e.g. "?lang=en&country=COL") and renders the filters with the records table. */
export function renderFiltered(
  search: string,
  data: DashboardData = dashboardFixture(),
  onOpenSources: (request: SourcesRequest) => void = () => {},
) {
  window.history.replaceState(null, '', `/${search}`);
  return render(<FilteredRecords data={data} onOpenSources={onOpenSources} />);
}

export function urlParams(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}
