import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartsPanel } from '../../src/features/charts/index.ts';
import type { ChartExportApi } from '../../src/lib/export/chart-export-api.ts';
import { emptyFilters } from '../../src/lib/filters/filter-state.ts';
import type { FilterState } from '../../src/lib/filters/filter-state.ts';
import { selectRecords } from '../../src/lib/filters/select-records.ts';
import { echarts } from '../../src/lib/echarts.ts';
import type { FilterControls } from '../../src/lib/filters/use-filters.ts';
import { reportData } from '../support/report-data.ts';

const data = reportData();

function controlsFor(filters: FilterState): FilterControls {
  return { filters, dropped: [], setFilter: vi.fn(), toggleFilter: vi.fn(), clearAll: vi.fn() };
}

function renderCharts(filters: FilterState = emptyFilters) {
  const controls = controlsFor(filters);
  const onOpenSources = vi.fn();
  const apis: ChartExportApi[] = [];
  const toolbar = (api: ChartExportApi) => {
    apis.push(api);
    return <span>export {api.id}</span>;
  };
  const panel = (next: FilterControls) => (
    <ChartsPanel
      data={data}
      records={selectRecords(data.activities.records, next.filters, data.reference)}
      controls={next}
      onOpenSources={onOpenSources}
      width={600}
      toolbar={toolbar}
    />
  );
  const view = render(panel(controls));
  const refilter = (next: FilterState) => view.rerender(panel(controlsFor(next)));
  return { ...view, controls, onOpenSources, apis, refilter };
}

const chartInstance = (container: HTMLElement, id: string) => {
  const element = container.querySelector(`[data-chart="${id}"] .echarts-for-react`);
  return element ? echarts.getInstanceByDom(element as HTMLElement) : undefined;
};

beforeEach(() => window.history.replaceState(null, '', '/?lang=en'));
afterEach(cleanup);

describe('ChartsPanel', () => {
  it('renders eight charts as SVG (three of fund figures), each with a heading, a data table and a toolbar', async () => {
    const { container, apis } = renderCharts();
    const cards = container.querySelectorAll('.chart-card');
    expect(cards).toHaveLength(8);
    for (const card of cards) {
      expect(card.querySelector('h3')?.textContent).toBeTruthy();
      expect(card.querySelector('svg')).not.toBeNull();
      expect(card.querySelector('details table')).not.toBeNull();
    }
    expect(screen.getByRole('heading', { name: 'Records per theme, by pillar' })).toBeTruthy();
    const theme = () => apis.filter((api) => api.id === 'records-by-theme').at(-1)!;
    await waitFor(() => expect(theme().svg()).toMatch(/^<svg/));
    expect(
      container.querySelector('[aria-label^="Records per theme, by pillar: bar chart with"]'),
    ).not.toBeNull();
    expect(theme().width).toBe(600);
    expect(theme().rows().columns).toEqual(['Theme', 'Pillar', 'Records', 'Paragraphs']);
    // Each theme's row names its pillar, as the reference data files the theme.
    const pillarOf = new Map(
      data.reference.themes.map((t) => [
        t.labels.en,
        data.reference.themes.find((p) => p.id === t.parent)?.labels.en,
      ]),
    );
    for (const [themeName, pillar] of theme().rows().rows)
      expect(pillar).toBe(pillarOf.get(String(themeName)));
    expect(theme().sources().length).toBeGreaterThan(0);
  });

  it('filters by a bar from the data table and opens a count’s sources', () => {
    const { controls, onOpenSources, container } = renderCharts();
    const card = container.querySelector('[data-chart="records-by-office-type"]') as HTMLElement;
    fireEvent.click(within(card).getByRole('button', { name: 'Filter by Headquarters' }));
    expect(controls.toggleFilter).toHaveBeenCalledWith('officeType', 'headquarters');
    const hq = data.activities.records.filter((r) => r.officeType === 'headquarters');
    fireEvent.click(
      within(card).getByRole('button', {
        name: `Source paragraphs: Headquarters, ${hq.length}`,
      }),
    );
    const request = onOpenSources.mock.calls[0]?.[0] as { title: string; refs: unknown[] };
    expect(request.title).toBe(`Headquarters: ${hq.length}`);
    expect(request.refs).toHaveLength(new Set(hq.map((r) => r.paragraph)).size);
  });

  it('marks the selected bar and keeps the other bars of its own dimension', () => {
    const { container } = renderCharts({ ...emptyFilters, officeType: 'headquarters' });
    const card = container.querySelector('[data-chart="records-by-office-type"]') as HTMLElement;
    const pressed = within(card).getByRole('button', { pressed: true });
    expect(pressed.textContent).toBe('Headquarters');
    expect(within(card).getAllByRole('row')).toHaveLength(
      1 + data.reference.officeTypes.length + 1,
    );
  });

  it('switches the partner chart to partner types and toggles patterns', () => {
    const { container, controls } = renderCharts();
    const card = container.querySelector('[data-chart="records-by-partner"]') as HTMLElement;
    fireEvent.click(within(card).getByRole('button', { name: 'Partner types' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Filter by UN entity' }));
    expect(controls.toggleFilter).toHaveBeenCalledWith('partnerType', 'un-entity');
    const patterns = screen.getByRole('checkbox', { name: 'Patterns on bars' });
    fireEvent.click(patterns);
    expect((patterns as HTMLInputElement).checked).toBe(true);
  });

  it('draws again only the charts a filter changes, at the height their bars need', async () => {
    const { container, refilter } = renderCharts();
    const ids = [
      'records-by-theme',
      'records-by-office-type',
      'field-presences',
      'fund-figures-countries',
    ];
    await waitFor(() => {
      for (const id of ids) expect(chartInstance(container, id)).toBeDefined();
    });
    const setOption = new Map(
      ids.map((id) => [id, vi.spyOn(chartInstance(container, id)!, 'setOption')]),
    );
    const themeHeight = () => chartInstance(container, 'records-by-theme')!.getHeight();
    const before = themeHeight();

    refilter({ ...emptyFilters, country: 'COL' });

    expect(setOption.get('records-by-theme')).toHaveBeenCalled();
    expect(setOption.get('records-by-office-type')).toHaveBeenCalled();
    // The field presences and the fund figures do not depend on the filters.
    expect(setOption.get('field-presences')).not.toHaveBeenCalled();
    expect(setOption.get('fund-figures-countries')).not.toHaveBeenCalled();
    // Fewer themes for one country: the chart is told its new, smaller height.
    expect(themeHeight()).toBeLessThan(before);
    const frame = container.querySelector('[data-chart="records-by-theme"] .chart-frame');
    expect((frame as HTMLElement).style.height).toBe(`${themeHeight()}px`);
  });
});
