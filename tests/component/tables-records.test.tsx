import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordsTable } from '../../src/features/tables/index.ts';
import { dashboardFixture } from '../fixtures/dashboard-data.ts';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

function renderTable(search = '?lang=en', data = dashboardFixture()) {
  window.history.replaceState(null, '', `/${search}`);
  const onOpenSources = vi.fn();
  render(
    <RecordsTable data={data} records={data.activities.records} onOpenSources={onOpenSources} />,
  );
  return { onOpenSources, data };
}

const table = () => screen.getByRole('table', { name: /Activity records|活动记录/ });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const column = (index: number) => bodyRows().map((row) => row.children[index]?.textContent);

describe('records table', () => {
  it('lists 25 records a page, with the row count and the page count', () => {
    renderTable();
    expect(table().querySelector('caption')?.textContent).toBe('Activity records (30 records)');
    expect(bodyRows()).toHaveLength(25);
    expect(screen.getByText('Showing 1–25 of 30 records')).toBeTruthy();
    const pages = screen.getByRole('navigation', { name: 'Pages of Activity records' });
    expect(within(pages).getByText('Page 1 of 2')).toBeTruthy();
    expect(
      (within(pages).getByRole('button', { name: 'Previous page' }) as HTMLButtonElement).disabled,
    ).toBe(true);

    fireEvent.click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(bodyRows()).toHaveLength(5);
    expect(screen.getByText('Showing 26–30 of 30 records')).toBeTruthy();
    expect(within(pages).getByText('Page 2 of 2')).toBeTruthy();
    expect(
      (within(pages).getByRole('button', { name: 'Last page' }) as HTMLButtonElement).disabled,
    ).toBe(true);

    fireEvent.click(within(pages).getByRole('button', { name: 'First page' }));
    expect(column(0)[0]).toBe('¶ 10');
  });

  it('sorts by a column from its header button, with aria-sort', () => {
    renderTable();
    const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) });
    expect(header('¶').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Country').getAttribute('aria-sort')).toBe('none');
    expect(column(0).slice(0, 3)).toEqual(['¶ 10', '¶ 10', '¶ 11']);

    fireEvent.click(within(header('Country')).getByRole('button'));
    expect(header('Country').getAttribute('aria-sort')).toBe('ascending');
    expect(header('¶').getAttribute('aria-sort')).toBe('none');
    expect(column(1)[0]).toBe('Colombia');

    fireEvent.click(within(header('Country')).getByRole('button'));
    expect(header('Country').getAttribute('aria-sort')).toBe('descending');
    expect(column(1).slice(0, 2)).toEqual(['Uganda', 'Uganda']);

    // The sentence column is not sortable: a plain header, no button.
    expect(within(header('Sentence')).queryByRole('button')).toBeNull();
  });

  it('sorts Chinese names by pinyin', () => {
    renderTable('?lang=zh');
    fireEvent.click(screen.getByRole('button', { name: /^国家/ }));
    const countries = [...new Set(column(1))];
    // fa, ge, mo, quan, wu
    expect(countries).toEqual(['法国', '哥伦比亚', '墨西哥', '全球或区域（无具体国家）', '乌干达']);
  });

  it('shows names in the chosen language and the sentence with its tags marked', () => {
    renderTable();
    const first = bodyRows()[0]!;
    const cells = [...first.children].map((cell) => cell.textContent);
    expect(cells.slice(0, 6)).toEqual([
      '¶ 10',
      'Colombia',
      'Activity',
      'Country office',
      'Gender equality',
      'UNDP',
    ]);
    const marks = [...first.querySelectorAll('mark')].map((mark) => [
      mark.dataset.kind,
      mark.textContent,
    ]);
    expect(marks).toEqual([
      ['actor', '人权高专办'],
      ['country', '哥伦比亚'],
      ['partner', '开发署'],
      ['theme', '性别平等'],
    ]);
    expect(first.querySelector('abbr')?.getAttribute('title')).toBe(
      'United Nations Development Programme',
    );
    expect(first.querySelector('th')?.getAttribute('scope')).toBe('row');
    const global = bodyRows().find((row) => row.textContent?.includes('¶ 14'));
    expect(global?.children[1]?.textContent).toBe('Global or regional (no country)');
  });

  it('renders markup in a sentence as text', () => {
    const data = dashboardFixture();
    const attack = '<img src=x onerror=alert(1)>';
    const record = data.activities.records[0]!;
    data.activities.records = [
      { ...record, evidence: { ...record.evidence, sentence: `前${attack}后`, spans: [] } },
    ];
    renderTable('?lang=en', data);
    expect(table().querySelector('img')).toBeNull();
    expect(bodyRows()[0]?.textContent).toContain(attack);
    expect(screen.getByText('Showing the only record')).toBeTruthy();
  });

  it('opens the sources of a row’s paragraph', () => {
    const { onOpenSources } = renderTable();
    fireEvent.click(screen.getAllByRole('button', { name: 'Open the source of ¶ 11' })[0]!);
    expect(onOpenSources).toHaveBeenCalledWith({
      title: 'Activity record, ¶ 11: Mexico',
      refs: [{ report: 'A/HRC/44/28', paragraph: 11 }],
    });
  });

  it('says so when no record matches', () => {
    const data = dashboardFixture();
    window.history.replaceState(null, '', '/?lang=en');
    render(<RecordsTable data={data} records={[]} onOpenSources={() => {}} />);
    expect(screen.getByText('No records match the current filters.')).toBeTruthy();
    expect(screen.getByText('Page 1 of 1')).toBeTruthy();
  });
});
