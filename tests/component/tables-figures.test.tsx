import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FieldPresencesTable, FiguresTable } from '../../src/features/tables/index.ts';
import type { DashboardData } from '../../src/lib/data/queries.ts';
import { dashboardFixture } from '../fixtures/dashboard-data.ts';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

function open(search: string) {
  window.history.replaceState(null, '', `/${search}`);
}

function renderPresences(data: DashboardData, search = '?lang=en') {
  open(search);
  const onOpenSources = vi.fn();
  render(<FieldPresencesTable data={data} onOpenSources={onOpenSources} />);
  return onOpenSources;
}

function renderFigures(search = '?lang=en') {
  open(search);
  const onOpenSources = vi.fn();
  render(<FiguresTable data={dashboardFixture()} onOpenSources={onOpenSources} />);
  return onOpenSources;
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));

describe('field presences table', () => {
  it('lists the offices by type with the total and a check mark when the parts add up', () => {
    const onOpenSources = renderPresences(dashboardFixture());
    const table = screen.getByRole('table', { name: /OHCHR field presences by type/ });
    expect(rowsOf(table)).toEqual([
      ['Country office', '17'],
      ['Human rights component of a peace mission', '12'],
      ['Regional office', '12'],
      ['Human rights adviser', '37'],
      ['Other field presence', '6'],
      ['Total stated in the report', '84'],
      ['✓ parts add up to the stated total'],
    ]);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(6);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.getAttribute('scope')),
    ).toEqual(['col', 'col']);

    fireEvent.click(screen.getByRole('button', { name: 'Open the source of ¶ 44' }));
    expect(onOpenSources).toHaveBeenCalledWith({
      title: 'Field presences by type',
      refs: [{ report: 'A/HRC/44/28', paragraph: 44 }],
    });
  });

  it('shows no check mark when the parts do not add up', () => {
    const data = dashboardFixture();
    data.figures.officeBreakdown = {
      ...data.figures.officeBreakdown!,
      total: 90,
      reconciles: false,
    };
    renderPresences(data);
    const table = screen.getByRole('table');
    expect(table.textContent).not.toContain('✓');
    expect(table.textContent).not.toContain('parts add up to the stated total');
    expect(table.textContent).toContain('parts do not add up to the stated total (84 ≠ 90)');
  });

  it('says so when the report gives no breakdown', () => {
    const data = dashboardFixture();
    data.figures.officeBreakdown = null;
    renderPresences(data, '?lang=zh');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('报告未按类型列出外地存在。')).toBeTruthy();
    expect(screen.getByRole('region', { name: '人权高专办外地存在（按类型）' })).toBeTruthy();
  });

  it('labels office types in Chinese', () => {
    renderPresences(dashboardFixture(), '?lang=zh');
    expect(screen.getByRole('rowheader', { name: '国别办事处' })).toBeTruthy();
    expect(screen.getByText('各部分之和等于所述总数')).toBeTruthy();
  });
});

describe('figures table', () => {
  it('lists fund, what is counted, the qualified value, year and ¶', () => {
    renderFigures();
    const table = screen.getByRole('table', { name: 'Voluntary funds and other figures' });
    expect(rowsOf(table)).toEqual([
      [
        'United Nations Voluntary Fund for Technical Cooperation in the Field of Human Rights',
        'people “名受益者”',
        'more than 110',
        '2019',
        '¶ 40',
      ],
      ['—', 'countries', '3', '—', '¶ 41'],
      [
        'United Nations Voluntary Fund for Victims of Torture',
        'participants “名学员”',
        'about 1,200',
        '2020',
        '¶ 42',
      ],
    ]);
    // The report's words are quoted as Chinese text, the category is English.
    const words = [...table.querySelectorAll('[lang]')].map((element) => [
      element.getAttribute('lang'),
      element.textContent,
    ]);
    expect(words).toEqual([
      ['zh', '名受益者'],
      ['zh', '名学员'],
    ]);
  });

  it('writes qualifiers and numbers the Chinese way', () => {
    renderFigures('?lang=zh');
    const table = screen.getByRole('table', { name: '自愿基金及其他数字' });
    expect(rowsOf(table).map((row) => row[2])).toEqual(['110 多', '3', '约 1,200']);
    expect(rowsOf(table)[0]?.[0]).toBe('联合国人权领域技术合作自愿基金');
  });

  it('sorts by value and by fund', () => {
    renderFigures();
    const table = screen.getByRole('table');
    fireEvent.click(screen.getByRole('button', { name: /^Value/ }));
    expect(rowsOf(table).map((row) => row[2])).toEqual(['3', 'more than 110', 'about 1,200']);
    expect(screen.getByRole('columnheader', { name: /^Value/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    fireEvent.click(screen.getByRole('button', { name: /^Value/ }));
    expect(rowsOf(table).map((row) => row[2])).toEqual(['about 1,200', 'more than 110', '3']);

    fireEvent.click(screen.getByRole('button', { name: /^Fund/ }));
    expect(rowsOf(table).map((row) => row[4])).toEqual(['¶ 40', '¶ 42', '¶ 41']);
    fireEvent.click(screen.getByRole('button', { name: /^Year/ }));
    expect(rowsOf(table).map((row) => row[3])).toEqual(['2019', '2020', '—']);
  });

  it('opens the paragraph of a figure', () => {
    const onOpenSources = renderFigures();
    fireEvent.click(screen.getByRole('button', { name: 'Open the source of ¶ 42' }));
    expect(onOpenSources).toHaveBeenCalledWith({
      title: 'Figure: about 1,200 participants “名学员”',
      refs: [{ report: 'A/HRC/44/28', paragraph: 42 }],
    });
  });
});
