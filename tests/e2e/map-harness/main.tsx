import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from '../../../src/app/providers.tsx';
import { createQueryClient } from '../../../src/app/query-client.ts';
import { RegionTable, WorldMap } from '../../../src/features/map/index.ts';
import type { DashboardData } from '../../../src/lib/data/queries.ts';
import { useDashboardData } from '../../../src/lib/data/queries.ts';
import { selectRecords } from '../../../src/lib/filters/select-records.ts';
import { useFilters } from '../../../src/lib/filters/use-filters.ts';
import type { SourcesRequest } from '../../../src/lib/provenance/sources-request.ts';
import '../../../src/app/app.css';

function Harness({ data }: { data: DashboardData }) {
  const controls = useFilters(data.reference);
  const records = useMemo(
    () => selectRecords(data.activities.records, controls.filters, data.reference),
    [data, controls.filters],
  );
  const [sources, setSources] = useState<SourcesRequest | null>(null);
  // ?hidden starts without the map, so that the first toggle times a cold first render.
  const [shown, setShown] = useState(!new URLSearchParams(window.location.search).has('hidden'));
  return (
    <main style={{ padding: '1rem 1.5rem', display: 'grid', gap: '1rem' }}>
      <div style={{ display: 'flex', gap: '0.5rem' }}>
        <button type="button" id="toggle-map" onClick={() => setShown((value) => !value)}>
          toggle map
        </button>
        <button
          type="button"
          id="theme-gender"
          onClick={() => controls.toggleFilter('theme', 'gender')}
        >
          theme: gender
        </button>
        <button type="button" onClick={() => controls.toggleFilter('role', 'participant')}>
          role: participant
        </button>
        <output data-testid="records">{records.length} records</output>
        <output data-testid="sources">
          {sources ? `${sources.title} (${sources.refs.length} ¶)` : ''}
        </output>
      </div>
      {shown ? (
        <WorldMap data={data} records={records} controls={controls} onOpenSources={setSources} />
      ) : null}
      <RegionTable data={data} records={records} controls={controls} />
    </main>
  );
}

function Loader() {
  const { data, errors } = useDashboardData();
  if (errors.length > 0) return <p>{errors.map((error) => error.message).join('; ')}</p>;
  return data ? <Harness data={data} /> : <p>Loading…</p>;
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <AppProviders client={createQueryClient()}>
      <Loader />
    </AppProviders>
  </StrictMode>,
);
