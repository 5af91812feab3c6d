import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appDataFixture } from '../fixtures/app-data.ts';
import { renderApp, stubDataFiles } from './render-app.tsx';

// The sources panel loads in its own chunk: its first load may take a while on a busy machine.
const PANEL_LOADS = { timeout: 15_000 };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const param = (key: string) => new URLSearchParams(window.location.search).get(key);

async function countriesTable() {
  const section = await screen.findByRole('region', { name: 'Countries with records' });
  return within(section).getByRole('table');
}

function themes() {
  return screen.getByRole('region', { name: 'Records by theme' });
}

describe('countries with records', () => {
  it('lists countries by records, with counts by role, in the chosen language', async () => {
    stubDataFiles(appDataFixture());
    renderApp('?lang=en');
    const table = await countriesTable();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Colombia',
      'France',
      'Mexico',
    ]);
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '2', '0', '0', '0', '0', '0']);
    expect(within(rows[1]!).getAllByRole('cell').at(-1)?.textContent).toBe('1');
    expect(screen.getByText('Global or regional work (no country): 2 records')).toBeTruthy();
  });

  it('toggles the country filter in the URL and opens that country’s sources', async () => {
    stubDataFiles(appDataFixture());
    renderApp('?lang=en');
    await countriesTable();
    const mexico = screen.getByRole('button', { name: 'Mexico' });
    fireEvent.click(mexico);
    expect(param('country')).toBe('MEX');
    expect(param('lang')).toBe('en');
    expect(mexico.getAttribute('aria-pressed')).toBe('true');
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Sources: Mexico: 1 record' },
      PANEL_LOADS,
    );
    expect(within(dialog).getByRole('article', { name: '¶ 25' })).toBeTruthy();

    fireEvent.click(mexico);
    expect(param('country')).toBeNull();
    expect(mexico.getAttribute('aria-pressed')).toBe('false');
  });

  it('opens the sources from a total without filtering', async () => {
    stubDataFiles(appDataFixture());
    renderApp('?lang=en');
    await countriesTable();
    fireEvent.click(
      screen.getByRole('button', { name: 'Source paragraphs of the 2 records: Colombia' }),
    );
    expect(
      await screen.findByRole('dialog', { name: 'Sources: Colombia: 2 records' }, PANEL_LOADS),
    ).toBeTruthy();
    expect(param('country')).toBeNull();
  });

  it('counts under the other filters, keeping the chosen country listed', async () => {
    stubDataFiles(appDataFixture());
    renderApp('?lang=zh&country=MEX&theme=sdgs');
    const section = await screen.findByRole('region', { name: '有记录的国家' });
    const table = within(section).getByRole('table');
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['墨西哥']);
    expect(within(table).getByRole('button', { name: '墨西哥' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(within(section).getByText('全球或区域工作（无具体国家）：1 条记录')).toBeTruthy();
  });
});

describe('records by theme', () => {
  it('counts records per pillar and theme under the current filters', async () => {
    stubDataFiles(appDataFixture());
    renderApp('?lang=en&country=COL');
    await screen.findByRole('region', { name: 'Records by theme' });
    const count = (name: string) =>
      within(themes()).getByRole('button', { name: `Source paragraphs of the ${name}` });
    expect(count('1 record: Non-discrimination')).toBeTruthy();
    expect(count('1 record: Gender')).toBeTruthy();
    expect(count('1 record: Participation')).toBeTruthy();
    expect(count('0 records: Development').hasAttribute('disabled')).toBe(true);
  });

  it('toggles the theme and pillar filters in the URL', async () => {
    stubDataFiles(appDataFixture());
    renderApp('?lang=en');
    await screen.findByRole('region', { name: 'Records by theme' });
    const gender = within(themes()).getByRole('button', { name: 'Gender' });
    fireEvent.click(gender);
    expect(param('theme')).toBe('gender');
    expect(gender.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(themes()).getByRole('button', { name: 'Development' }));
    expect(param('pillar')).toBe('development');
    expect(param('theme')).toBe('gender');
    fireEvent.click(gender);
    expect(param('theme')).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens a theme’s sources from its count', async () => {
    stubDataFiles(appDataFixture());
    renderApp('?lang=en');
    await screen.findByRole('region', { name: 'Records by theme' });
    fireEvent.click(
      within(themes()).getByRole('button', { name: 'Source paragraphs of the 2 records: SDGs' }),
    );
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Sources: SDGs: 2 records' },
      PANEL_LOADS,
    );
    expect(within(dialog).getAllByRole('article')).toHaveLength(1);
  });
});
