import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DataFileName } from './render-app.tsx';
import { json, renderApp, servedFiles, stubDataFiles } from './render-app.tsx';
import { appDataFixture } from '../fixtures/app-data.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const files: DataFileName[] = ['paragraphs', 'records', 'figures', 'reference'];
const notFound = { status: 404, body: 'Not found', contentType: 'text/plain' };

async function errorPanel() {
  const panel = await screen.findByRole('alert');
  expect(panel.textContent).toContain('npm run prep');
  expect(within(panel).getByRole('button', { name: 'Retry' })).toBeTruthy();
  return panel;
}

function stat(label: string): string | null | undefined {
  const counts = screen.getByRole('banner').querySelector('dl.stats');
  const term = within(counts as HTMLElement).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.querySelector('.stat-value')?.textContent;
}

describe('app shell', () => {
  it('shows a loading state with the banner while the files load', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => {})),
    );
    renderApp('?lang=en');
    expect((await screen.findByRole('status')).textContent).toBe('Loading the data…');
    expect(screen.getByRole('banner').textContent).toContain('OHCHR activities dashboard');
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
  });

  it.each(files)('names data/%s.json when it is missing, and only that file', async (file) => {
    stubDataFiles(appDataFixture(), { [file]: [notFound] });
    renderApp('?lang=en');
    const panel = await errorPanel();
    expect(within(panel).getByRole('heading', { level: 3 }).textContent).toBe(`data/${file}.json`);
    expect(panel.textContent).toContain('HTTP 404');
    for (const other of files.filter((name) => name !== file))
      expect(panel.textContent).not.toContain(`data/${other}.json`);
  });

  it('lists every failing file with its own problems', async () => {
    const stale = {
      ...appDataFixture().figures,
      meta: { ...appDataFixture().figures.meta, schemaVersion: 2 },
    };
    stubDataFiles(appDataFixture(), {
      records: [{ status: 200, body: '{"meta": ' }],
      figures: [json(stale)],
    });
    renderApp('?lang=en');
    const panel = await errorPanel();
    await waitFor(() =>
      expect(within(panel).getAllByRole('heading', { level: 3 })).toHaveLength(2),
    );
    const items = within(panel)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.closest('li'));
    const byFile = Object.fromEntries(
      items.map((li) => [li?.querySelector('code')?.textContent, li?.textContent]),
    );
    expect(byFile['data/records.json']).toContain('not valid JSON');
    expect(byFile['data/figures.json']).toContain('meta.schemaVersion');
    expect(byFile['data/figures.json']).toContain('version 2');
  });

  it('names the path of a schema mismatch', async () => {
    const data = appDataFixture();
    const broken = {
      ...data.reference,
      countries: [{ ...data.reference.countries[0], iso3: 'colombia' }],
    };
    stubDataFiles(data, { reference: [json(broken)] });
    renderApp('?lang=en');
    expect((await errorPanel()).textContent).toContain('countries[0].iso3');
  });

  it('says when the server answers with an HTML page', async () => {
    stubDataFiles(appDataFixture(), {
      paragraphs: [{ status: 200, body: '<!doctype html>', contentType: 'text/html' }],
    });
    renderApp('?lang=en');
    const panel = await errorPanel();
    expect(panel.textContent).toContain('data/paragraphs.json');
    expect(panel.textContent).toContain('HTML page');
  });

  it('refetches only the failed file on Retry and then shows the dashboard', async () => {
    const fetchMock = stubDataFiles(appDataFixture(), {
      records: [notFound, json(servedFiles(appDataFixture()).records)],
    });
    renderApp('?lang=en');
    await errorPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('alert')).toBeNull();
    const urls = fetchMock.mock.calls.map(([url]) => String(url));
    expect(urls.filter((url) => url.endsWith('data/records.json'))).toHaveLength(2);
    expect(urls.filter((url) => url.endsWith('data/paragraphs.json'))).toHaveLength(1);
  });

  it('shows the error panel in Chinese too', async () => {
    stubDataFiles(appDataFixture(), { figures: [notFound] });
    renderApp('?lang=zh');
    const panel = await screen.findByRole('alert');
    expect(panel.textContent).toContain('仪表板无法加载数据');
    expect(panel.textContent).toContain('data/figures.json');
    expect(within(panel).getByRole('button', { name: '重试' })).toBeTruthy();
  });
});

describe('header', () => {
  it('says what the data is, with counts computed from the data', async () => {
    stubDataFiles(appDataFixture());
    renderApp('?lang=en');
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toContain('A/HRC/44/28');
    expect(heading.textContent).toContain(
      'Enhancement of international cooperation in the field of human rights',
    );
    const banner = screen.getByRole('banner');
    expect(banner.textContent).toContain('As of 2020');
    expect(banner.textContent).toContain('Data prepared on 1 March 2025');
    expect(banner.textContent).toContain('One record is one sentence of the report');
    // The fixture read by hand: 6 records from 5 sentences of ¶¶ 24–26 (the report has 5
    // paragraphs), naming Colombia (work), Mexico (participant) and France (a mention).
    expect(stat('Records (sentence × country)')).toBe('6');
    expect(stat('Sentences')).toBe('5');
    expect(stat('Paragraphs with records')).toBe('3');
    expect(stat('Countries named')).toBe('3');
    expect(banner.textContent).toContain('of the report’s 5');
    expect(banner.textContent).toContain('1 with work reported in the country');
  });

  it('switches the language through the URL, title and labels included', async () => {
    stubDataFiles(appDataFixture());
    renderApp('?lang=en');
    await screen.findByRole('heading', { level: 1 });
    const switcher = screen.getByRole('group', { name: 'Language' });
    fireEvent.click(within(switcher).getByRole('button', { name: '中文' }));
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('zh');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toContain(
      '落实和加强人权领域的国际合作：联合国人权事务高级专员的报告',
    );
    expect(heading.querySelector('[lang="zh-Hans"]')).not.toBeNull();
    expect(screen.getByRole('banner').textContent).toContain('截至 2020 年');
    expect(stat('记录（句 × 国家）')).toBe('6');
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(
      within(screen.getByRole('group', { name: '语言' }))
        .getByRole('button', { name: '中文' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('formats counts for the language', async () => {
    const data = appDataFixture();
    const many = Array.from({ length: 1234 }, (_, index) => ({
      ...data.activities.records[0]!,
      id: `r${index}`,
    }));
    stubDataFiles({ ...data, activities: { ...data.activities, records: many } });
    renderApp('?lang=en');
    await screen.findByRole('heading', { level: 1 });
    expect(stat('Records (sentence × country)')).toBe('1,234');
  });
});
