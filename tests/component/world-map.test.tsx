import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RegionTable, WorldMap } from '../../src/features/map/index.ts';
import { emptyFilters } from '../../src/lib/filters/filter-state.ts';
import type { FilterState } from '../../src/lib/filters/filter-state.ts';
import type { FilterControls } from '../../src/lib/filters/use-filters.ts';
import { selectRecords } from '../../src/lib/filters/select-records.ts';
import { reportData } from '../support/report-data.ts';

const data = reportData();

function controls(filters: FilterState = emptyFilters): FilterControls {
  return {
    filters,
    dropped: [],
    setFilter: vi.fn(),
    toggleFilter: vi.fn(),
    clearAll: vi.fn(),
  };
}

function renderMap(filters: FilterState = emptyFilters) {
  const filterControls = controls(filters);
  const onOpenSources = vi.fn();
  const records = selectRecords(data.activities.records, filters, data.reference);
  const view = render(
    <WorldMap
      data={data}
      records={records}
      controls={filterControls}
      onOpenSources={onOpenSources}
      width={1000}
      height={488}
    />,
  );
  return { ...view, filterControls, onOpenSources };
}

const countriesWithRecords = new Set(
  data.activities.records.flatMap((r) => (r.country ? [r.country] : [])),
);

beforeEach(() => window.history.replaceState(null, '', '/?lang=en'));
afterEach(cleanup);

describe('WorldMap', () => {
  it('draws a path per atlas feature and a button per country with records', () => {
    const { container } = renderMap();
    expect(container.querySelectorAll('path.map-country')).toHaveLength(177);
    const buttons = container.querySelectorAll('[data-iso3][role="button"]');
    expect(buttons).toHaveLength(countriesWithRecords.size);
    expect(new Set([...buttons].map((b) => b.getAttribute('data-iso3')))).toEqual(
      countriesWithRecords,
    );
    expect(screen.getByRole('button', { name: 'Colombia: 10 records' })).toBeTruthy();
  });

  it('is one tab stop: the westernmost country (Mexico; Samoa lies past 180° east of the map’s 10° E centre)', () => {
    const { container } = renderMap();
    const stops = container.querySelectorAll('[data-iso3][tabindex="0"]');
    expect([...stops].map((stop) => stop.getAttribute('data-iso3'))).toEqual(['MEX']);
    const others = container.querySelectorAll('[data-iso3][role="button"][tabindex="-1"]');
    expect(others).toHaveLength(countriesWithRecords.size - 1);
  });

  it('moves the focus with the arrow keys, Home and End, and the tab stop follows it', () => {
    const { container, filterControls } = renderMap({ ...emptyFilters, country: 'COL' });
    const country = (iso3: string) =>
      container.querySelector<SVGElement>(`.is-interactive[data-iso3="${iso3}"]`)!;
    // The selected country holds the tab stop.
    expect(country('COL').getAttribute('tabindex')).toBe('0');
    act(() => country('COL').focus());
    const press = (key: string) => fireEvent.keyDown(document.activeElement as SVGElement, { key });
    const focusedIso3 = () => document.activeElement?.getAttribute('data-iso3');
    // Centroids by hand (reference data): Bahamas 76° W, Colombia 72° W, Argentina 64° W.
    press('ArrowRight');
    expect(focusedIso3()).toBe('ARG');
    expect(country('ARG').getAttribute('tabindex')).toBe('0');
    expect(country('COL').getAttribute('tabindex')).toBe('-1');
    press('ArrowLeft');
    press('ArrowLeft');
    expect(focusedIso3()).toBe('BHS');
    // North of Colombia (72° W 4° N) the nearest is Panama (80° W 9° N); south, Ecuador (77.5° W 2° S).
    act(() => country('COL').focus());
    press('ArrowUp');
    expect(focusedIso3()).toBe('PAN');
    act(() => country('COL').focus());
    press('ArrowDown');
    expect(focusedIso3()).toBe('ECU');
    press('End');
    expect(focusedIso3()).toBe('WSM');
    press('ArrowRight');
    expect(focusedIso3()).toBe('WSM');
    press('Home');
    expect(focusedIso3()).toBe('MEX');
    // The focused country is outlined, and Space selects it as a click does.
    expect(container.querySelectorAll('path.map-focus').length).toBeGreaterThan(0);
    press(' ');
    expect(filterControls.toggleFilter).toHaveBeenCalledWith('country', 'MEX');
  });

  it('offers a skip link that moves the focus past the map', () => {
    const { container } = renderMap();
    const skip = screen.getByRole('link', { name: 'Skip the map' });
    fireEvent.click(skip);
    const target = document.activeElement as HTMLElement;
    expect(target.textContent).toBe('End of the map');
    // Past the toolbar and every country: nothing focusable of the map follows it.
    const section = container.querySelector('section.world-map')!;
    const focusable = [...section.querySelectorAll('button, a, [tabindex="0"]')];
    expect(
      focusable.every(
        (element) => element.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    ).toBe(true);
    expect(window.location.hash).toBe('');
  });

  it('draws the small island states as markers with the scale’s colour', () => {
    const { container } = renderMap();
    const maldives = container.querySelector('circle[data-iso3="MDV"]');
    expect(maldives?.getAttribute('role')).toBe('button');
    expect(maldives?.getAttribute('aria-label')).toBe('Maldives: 2 records');
    expect(maldives?.getAttribute('fill')).toMatch(/^#/);
    expect(container.querySelector('circle[data-iso3="BRB"]')).not.toBeNull();
  });

  it('filters by a clicked country and opens its paragraphs', () => {
    const { filterControls, onOpenSources } = renderMap();
    fireEvent.click(screen.getByRole('button', { name: 'Colombia: 10 records' }));
    expect(filterControls.toggleFilter).toHaveBeenCalledWith('country', 'COL');
    expect(onOpenSources).toHaveBeenCalledTimes(1);
    const request = onOpenSources.mock.calls[0]?.[0] as { title: string; refs: unknown[] };
    expect(request.title).toBe('Colombia: 10 records');
    const paragraphs = new Set(
      data.activities.records.filter((r) => r.country === 'COL').map((r) => r.paragraph),
    );
    expect(request.refs).toHaveLength(paragraphs.size);
  });

  it('works from the keyboard: Enter on a marker, and a second press clears without reopening', () => {
    const { filterControls, onOpenSources } = renderMap({ ...emptyFilters, country: 'MDV' });
    const maldives = screen.getByRole('button', { name: /^Maldives: 2 records \(selected/ });
    fireEvent.keyDown(maldives, { key: 'Enter' });
    expect(filterControls.toggleFilter).toHaveBeenCalledWith('country', 'MDV');
    expect(onOpenSources).not.toHaveBeenCalled();
  });

  it('shows a tooltip on keyboard focus: name, records by role, top themes and partners', () => {
    renderMap();
    const southAfrica = screen.getByRole('button', { name: 'South Africa: 4 records' });
    act(() => southAfrica.focus());
    const tooltip = screen.getByRole('tooltip');
    expect(within(tooltip).getByText('South Africa')).toBeTruthy();
    expect(tooltip.textContent).toContain('4 records on the map');
    expect(tooltip.textContent).toContain('Activity: 2');
    expect(tooltip.textContent).toContain('Venue: 1');
    expect(tooltip.textContent).toContain('Mention only: 1');
    expect(tooltip.textContent).toContain('Top themes');
    act(() => southAfrica.blur());
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('keeps the other countries coloured and outlines the selected one', () => {
    const { container } = renderMap({ ...emptyFilters, country: 'COL' });
    const cameroon = container.querySelector('path[data-iso3="CMR"]');
    expect(cameroon?.getAttribute('fill')).not.toBe('#e3e3e3');
    expect(container.querySelectorAll('path.map-selected')).toHaveLength(1);
  });

  it('zooms to a region preset and sets the region filter; World resets', () => {
    const { container, filterControls } = renderMap();
    const layer = () => container.querySelector('.map-zoom-layer')?.getAttribute('transform');
    expect(layer()).toBe('translate(0,0) scale(1)');
    fireEvent.click(screen.getByRole('button', { name: 'Africa' }));
    expect(filterControls.setFilter).toHaveBeenCalledWith('region', '002');
    expect(layer()).not.toBe('translate(0,0) scale(1)');
    fireEvent.click(screen.getByRole('button', { name: 'World' }));
    expect(filterControls.setFilter).toHaveBeenLastCalledWith('region', null);
    expect(layer()).toBe('translate(0,0) scale(1)');
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    // About the centre of the projected world (960 × 468 map units, whatever the width on screen).
    expect(layer()).toBe('translate(-288,-140.4) scale(1.6)');
  });

  it('scales one projection to its width: no new paths for a new width, markers keep their size', () => {
    const first = renderMap();
    const path = (root: HTMLElement) =>
      root.querySelector('path[data-iso3="COL"]')?.getAttribute('d');
    const marker = (root: HTMLElement) =>
      Number(root.querySelector('circle.map-marker')?.getAttribute('r'));
    const wide = { d: path(first.container), r: marker(first.container) };
    cleanup();
    const narrow = render(
      <WorldMap
        data={data}
        records={data.activities.records}
        controls={controls()}
        onOpenSources={vi.fn()}
        width={500}
        height={244}
      />,
    );
    const svg = narrow.container.querySelector('svg.map-svg');
    expect(svg?.getAttribute('viewBox')).toBe('0 0 960 468');
    expect(svg?.getAttribute('width')).toBe('500');
    expect(path(narrow.container)).toBe(wide.d);
    // Half the width on screen: twice the radius in map units, the same in pixels.
    expect(marker(narrow.container) * (500 / 960)).toBeCloseTo(wide.r * (1000 / 960), 5);
  });

  it('shows the legend with its unit, and the disclaimer under the map', () => {
    renderMap();
    expect(screen.getByText('Records (sentence × country) under the current filters')).toBeTruthy();
    expect(screen.getByText('3–4')).toBeTruthy();
    expect(
      screen.getByText(/do not imply official endorsement or acceptance by the United Nations/),
    ).toBeTruthy();
    expect(screen.getByText(/whatever the country’s role/)).toBeTruthy();
  });

  it('speaks Chinese when the URL says so', () => {
    window.history.replaceState(null, '', '/?lang=zh');
    renderMap();
    expect(screen.getByRole('button', { name: '哥伦比亚：10 条记录' })).toBeTruthy();
    expect(
      screen.getByText('本地图所示边界和名称及所用称谓并不意味着联合国的正式认可或接受。'),
    ).toBeTruthy();
  });
});

describe('RegionTable', () => {
  it('lists regions and sub-regions with counts, and filters on click', () => {
    const filterControls = controls();
    render(<RegionTable data={data} records={data.activities.records} controls={filterControls} />);
    const table = screen.getByRole('table', { name: 'Records by M49 region and sub-region' });
    const latin = within(table).getByRole('button', {
      name: 'Filter by Latin America and the Caribbean',
    });
    const row = latin.closest('tr');
    const expected = data.activities.records.filter((r) => r.subregion === '419').length;
    expect(row?.lastElementChild?.textContent).toBe(String(expected));
    fireEvent.click(latin);
    expect(filterControls.toggleFilter).toHaveBeenCalledWith('subregion', '419');
    fireEvent.click(within(table).getByRole('button', { name: 'Filter by Africa' }));
    expect(filterControls.toggleFilter).toHaveBeenCalledWith('region', '002');
  });
});
