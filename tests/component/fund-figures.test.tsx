import { cleanup, render, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartsPanel } from '../../src/features/charts/index.ts';
import { FiguresTable } from '../../src/features/tables/index.ts';
import { emptyFilters } from '../../src/lib/filters/filter-state.ts';
import { reportData } from '../support/report-data.ts';

const data = reportData();

/** The funds of ¶54–56 as data/reference/funds.json names them, read by hand. */
const FUND_NAMES = {
  en: [
    'Voluntary Fund for Participation in the Universal Periodic Review',
    'Voluntary Fund for Financial and Technical Assistance in the Implementation of the Universal Periodic Review',
    'Voluntary Technical Assistance Trust Fund to Support the Participation of Least Developed Countries and Small Island Developing States in the Work of the Human Rights Council',
  ],
  zh: [
    '参与普遍定期审议自愿基金',
    '执行普遍定期审议财政和技术援助自愿基金',
    '支持最不发达国家和小岛屿发展中国家参与人权理事会工作的自愿技术援助信托基金',
  ],
} as const;

function renderBoth() {
  const controls = {
    filters: emptyFilters,
    dropped: [],
    setFilter: vi.fn(),
    toggleFilter: vi.fn(),
    clearAll: vi.fn(),
  };
  return render(
    <>
      <ChartsPanel
        data={data}
        records={data.activities.records}
        controls={controls}
        onOpenSources={vi.fn()}
        width={600}
      />
      <FiguresTable data={data} onOpenSources={vi.fn()} />
    </>,
  );
}

/** Each fund chart: its title, the value column's unit and the labels of its bars. */
function fundCharts(container: HTMLElement) {
  return [...container.querySelectorAll<HTMLElement>('[data-chart^="fund-figures"]')].map(
    (card) => ({
      title: card.querySelector('h3')?.textContent,
      valueColumn: card.querySelector('details thead th:last-child')?.textContent,
      labels: within(card.querySelector('details table') as HTMLElement)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent ?? ''),
    }),
  );
}

const startsWithOneOf = (label: string, names: readonly string[]) =>
  names.filter((name) => label.startsWith(name));

beforeEach(() => window.history.replaceState(null, '', '/?lang=en'));
afterEach(cleanup);

describe('fund figures', () => {
  it('are drawn one unit per chart: countries, representatives, projects (¶54–56)', () => {
    const charts = fundCharts(renderBoth().container);
    expect(charts.map((chart) => [chart.title, chart.valueColumn])).toEqual([
      ['Figures tied to funds: countries', 'Number of countries'],
      ['Figures tied to funds: representatives', 'Number of representatives'],
      ['Figures tied to funds: projects', 'Number of projects'],
    ]);
    // ¶54: more than 110 developing countries and 26 countries; ¶55: 15 and 17 Spanish-speaking
    // countries; ¶56: 72 LDCs and SIDS. Representatives: 31 (¶54), about 70 (¶55), 132 (¶56).
    expect(charts.map((chart) => chart.labels.length)).toEqual([5, 3, 1]);
  });

  it('name each fund once, the same in the charts and the figures table, in both languages', () => {
    for (const language of ['en', 'zh'] as const) {
      cleanup();
      window.history.replaceState(null, '', `/?lang=${language}`);
      const { container } = renderBoth();
      const names = FUND_NAMES[language];
      const inCharts = new Set(
        fundCharts(container).flatMap((chart) =>
          chart.labels.map((label) => {
            const matches = startsWithOneOf(label, names);
            expect(matches, label).toHaveLength(1);
            return matches[0];
          }),
        ),
      );
      const table = container.querySelector('.figures-table table') as HTMLElement;
      const inTable = new Set(
        within(table)
          .getAllByRole('rowheader')
          .map((cell) => cell.textContent ?? '')
          .filter((name) => name !== '—'),
      );
      expect([...inCharts].sort()).toEqual([...names].sort());
      expect([...inTable].sort()).toEqual([...names].sort());
    }
  });

  it('quote what the report counts as Chinese text beside an English category', () => {
    const { container } = renderBoth();
    const table = container.querySelector('.figures-table table') as HTMLElement;
    const row = within(table)
      .getAllByRole('row')
      .find((candidate) => candidate.textContent?.includes('2020 年报名参加自愿国家审查'));
    const cell = row?.children[1] as HTMLElement;
    expect(cell.textContent).toBe('countries “在 2020 年报名参加自愿国家审查的国家”');
    expect(cell.querySelector('[lang="zh"]')?.textContent).toBe(
      '在 2020 年报名参加自愿国家审查的国家',
    );
  });
});
