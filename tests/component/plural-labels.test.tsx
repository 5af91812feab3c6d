import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorldMap } from '../../src/features/map/index.ts';
import { emptyFilters } from '../../src/lib/filters/filter-state.ts';
import type { FilterControls } from '../../src/lib/filters/use-filters.ts';
import { reportData } from '../support/report-data.ts';

const data = reportData();

function renderMap() {
  const controls: FilterControls = {
    filters: emptyFilters,
    dropped: [],
    setFilter: vi.fn(),
    toggleFilter: vi.fn(),
    clearAll: vi.fn(),
  };
  render(
    <WorldMap
      data={data}
      records={data.activities.records}
      controls={controls}
      onOpenSources={vi.fn()}
      width={1000}
      height={488}
    />,
  );
}

afterEach(cleanup);

// Read in the report: Uruguay (乌拉圭) is named once, in the list of the first sentence of ¶39;
// Nepal (尼泊尔) in one sentence of ¶16 and in that list of ¶39.
describe('map labels and tooltips count records with the right plural', () => {
  it('says "1 record" and "2 records" in English', () => {
    window.history.replaceState(null, '', '/?lang=en');
    renderMap();
    const uruguay = screen.getByRole('button', { name: 'Uruguay: 1 record' });
    expect(screen.getByRole('button', { name: 'Nepal: 2 records' })).toBeTruthy();
    act(() => uruguay.focus());
    expect(screen.getByRole('tooltip').textContent).toContain('1 record on the map');
    expect(screen.getByRole('tooltip').textContent).not.toContain('1 records');
  });

  it('uses the one Chinese form for both', () => {
    window.history.replaceState(null, '', '/?lang=zh');
    renderMap();
    const uruguay = screen.getByRole('button', { name: '乌拉圭：1 条记录' });
    expect(screen.getByRole('button', { name: '尼泊尔：2 条记录' })).toBeTruthy();
    act(() => uruguay.focus());
    expect(screen.getByRole('tooltip').textContent).toContain('地图计入 1 条记录');
  });
});
