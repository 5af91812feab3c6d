/**
 * Several reports in one dashboard: the seed (A/HRC/44/28) and two fictional reports of the corpus
 * prepared together (tests/e2e/global-setup.ts). Expected values come from the texts and their
 * hand annotations (paragraph counts, stated breakdowns) and from the served files counted here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseCsvRecords } from '../../scripts/reference/csv.ts';
import { useBrowserSession } from './browser.ts';
import { recordsTableCount } from './dashboard-page.ts';
import { servedJson } from './served-data.ts';

const baseUrl = inject('seriesBaseUrl');
const session = useBrowserSession(baseUrl, inject('chromiumPath'), {
  viewport: { width: 1400, height: 1000 },
});

const corpus = join(import.meta.dirname, '../fixtures');
const annotatedBreakdown = (file: string) =>
  (
    JSON.parse(readFileSync(join(corpus, file), 'utf8')) as {
      breakdown: { total: number; paragraph: number };
    }
  ).breakdown;
const sourceParagraphs = (name: string) =>
  readFileSync(join(corpus, 'corpus', `${name}.source.txt`), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('p:')).length;

const SEED = 'A/HRC/44/28';
// The two fictional reports (tests/fixtures/corpus/fictional-01 and -02), by their own metadata.
const F1 = 'A/HRC/47/31';
const F2 = 'A/HRC/50/36';
const reports = [
  {
    symbol: SEED,
    year: 2020,
    // A/HRC/44/28 numbers its paragraphs 1 to 72.
    paragraphs: 72,
    breakdown: annotatedBreakdown('annotation/A_HRC_44_28.annotation.json'),
  },
  {
    symbol: F1,
    year: 2021,
    paragraphs: sourceParagraphs('fictional-01'),
    breakdown: annotatedBreakdown('corpus/fictional-01.annotation.json'),
  },
  {
    symbol: F2,
    year: 2022,
    paragraphs: sourceParagraphs('fictional-02'),
    breakdown: annotatedBreakdown('corpus/fictional-02.annotation.json'),
  },
] as const;

async function servedRecordsOf(symbol: string) {
  const { records } = await servedJson<{ records: { report: string }[] }>(baseUrl, 'activities');
  return records.filter((record) => record.report === symbol).length;
}

const url = (...symbols: string[]) => {
  const params = new URLSearchParams({ lang: 'en' });
  for (const symbol of symbols) params.append('report', symbol);
  return `${baseUrl}?${params}`;
};

async function open(page: Page, address: string) {
  await page.goto(address);
  await page.getByRole('table', { name: /^Activity records/ }).waitFor();
}

const presences = (page: Page) =>
  page.getByRole('table', { name: 'OHCHR field presences by type' });

async function csvOf(file: Download) {
  return parseCsvRecords(readFileSync(await file.path(), 'utf8'));
}

describe('several reports in one dashboard', () => {
  it('shows every report by default: header, picker, records and each breakdown by year', async () => {
    const { page } = session;
    await open(page, url());
    const header = page.locator('.report-header');
    await expect
      .poll(() => header.locator('h1').textContent())
      .toContain('3 reports of the series');
    const list = page.getByRole('list', { name: 'Reports shown' });
    expect(await list.getByRole('listitem').allTextContents()).toEqual(
      reports.map((report) => `${report.symbol} (${report.year})`),
    );
    expect(await header.textContent()).toContain('Reports of 2020 to 2022');
    const total = reports.reduce((sum, report) => sum + report.paragraphs, 0);
    expect(await header.textContent()).toContain(`of the reports’ ${total}`);

    let records = 0;
    for (const report of reports) records += await servedRecordsOf(report.symbol);
    expect(await recordsTableCount(page)).toBe(records);

    const picker = page.getByRole('group', { name: 'Reports' });
    for (const report of reports) {
      await expect
        .poll(() =>
          picker.getByRole('checkbox', { name: `${report.symbol}, ${report.year}` }).isChecked(),
        )
        .toBe(true);
    }

    // Year over year: one column per report, each with its stated total and its own paragraph.
    const table = presences(page);
    const head = await table.locator('thead th').allTextContents();
    expect(head.slice(1)).toEqual(
      reports.map((r) => `${r.year} ${r.symbol} ¶ ${r.breakdown.paragraph}`),
    );
    const totals = await table
      .getByRole('row', { name: /^Total stated in the report/ })
      .locator('td')
      .allTextContents();
    expect(totals).toEqual(reports.map((r) => String(r.breakdown.total)));
    const checks = await table
      .getByRole('row', { name: /^Parts add up/ })
      .locator('td')
      .allTextContents();
    expect(checks.every((text) => text.startsWith('✓'))).toBe(true);

    // Paragraph references in the records table name their report.
    const firstRef = await page
      .getByRole('table', { name: /^Activity records/ })
      .locator('tbody .source-button')
      .first()
      .textContent();
    expect(firstRef).toMatch(/^A\/HRC\/\d+\/\d+ ¶ \d+$/u);
  });

  it('narrows every view to one report, and the URL keeps it', async () => {
    const { page } = session;
    await open(page, url());
    await page.getByRole('checkbox', { name: `${SEED}, 2020` }).uncheck();
    await page.getByRole('checkbox', { name: `${F2}, 2022` }).uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('report')).toEqual([F1]);
    const one = reports[1];
    await expect.poll(() => page.locator('.report-header h1').textContent()).toContain(F1);
    expect(await page.locator('.report-header').textContent()).toContain(
      `of the report’s ${one.paragraphs}`,
    );
    expect(await recordsTableCount(page)).toBe(await servedRecordsOf(F1));
    // The last report ticked cannot be cleared.
    expect(await page.getByRole('checkbox', { name: `${F1}, 2021` }).isDisabled()).toBe(true);

    const totals = await presences(page)
      .getByRole('row', { name: /^Total stated in the report/ })
      .locator('td')
      .allTextContents();
    expect(totals).toEqual([String(one.breakdown.total)]);

    // The export is that report's own: every row cites it, and its file name says so.
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page
        .getByRole('group', { name: /^Export the [\d,]+ records shown$/u })
        .getByRole('button', { name: 'CSV', exact: true })
        .click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^ohchr-A_HRC_47_31-records-\d{4}-\d{2}-\d{2}\.csv$/u);
    const rows = await csvOf(file);
    const column = rows[0]?.indexOf('Report') ?? -1;
    expect(column).toBeGreaterThanOrEqual(0);
    expect(new Set(rows.slice(1).map((row) => row[column]))).toEqual(new Set([F1]));

    // The citation says which report the view holds, beside its filters.
    await page.getByRole('button', { name: 'Cite this view' }).click();
    const citation = await page
      .getByRole('textbox', { name: 'Citation of this view' })
      .inputValue();
    expect(citation).toContain(`Reports: ${F1}`);
    expect(citation).not.toContain(SEED);
    await page.keyboard.press('Escape');

    // Back in history returns to every report.
    await page.goBack();
    await expect.poll(() => recordsTableCount(page)).toBeGreaterThan(await servedRecordsOf(F1));
  });

  it('opens a breakdown’s paragraph in its own report', async () => {
    const { page } = session;
    await open(page, url(SEED, F2));
    const two = [reports[0], reports[2]];
    const head = await presences(page).locator('thead th').allTextContents();
    expect(head.slice(1)).toEqual(
      two.map((r) => `${r.year} ${r.symbol} ¶ ${r.breakdown.paragraph}`),
    );
    await presences(page)
      .getByRole('button', { name: `Open the source of ${F2} ¶ ${reports[2].breakdown.paragraph}` })
      .click();
    const panel = page.getByRole('dialog');
    await panel.getByRole('heading', { name: `¶ ${reports[2].breakdown.paragraph}` }).waitFor();
    expect(await panel.locator('.source-report').allTextContents()).toEqual([
      expect.stringContaining(F2),
    ]);
    // The paragraph shown states the fictional report's own total.
    expect(await panel.locator('.source-text').textContent()).toContain(
      String(reports[2].breakdown.total),
    );
  });

  it('compares two reports country by country, each count its report’s own', async () => {
    const { page } = session;
    await open(page, url(SEED, F1));
    const { records } = await servedJson<{ records: { report: string; country: string | null }[] }>(
      baseUrl,
      'activities',
    );
    const count = (report: string, country: string) =>
      records.filter((r) => r.report === report && r.country === country).length;
    const table = page.getByRole('table', {
      name: /^Records per country, A\/HRC\/44\/28 \(2020\) and A\/HRC\/47\/31 \(2021\)/u,
    });
    const colombia = table.getByRole('row', { name: /^Colombia/u });
    const cells = await colombia.locator('td').allTextContents();
    const [before, after] = [count(SEED, 'COL'), count(F1, 'COL')];
    expect(cells.slice(0, 2)).toEqual([String(before), String(after)]);
    const status =
      before === 0
        ? 'new'
        : after === 0
          ? 'gone'
          : after > before
            ? 'more records'
            : after < before
              ? 'fewer records'
              : 'as many records';
    expect(cells[3]).toBe(status);
    // Not with three reports in view.
    await open(page, url());
    expect(await page.getByRole('table', { name: /^Records per country/u }).count()).toBe(0);
  });

  it('fits three reports’ field presences on a phone, in Chinese', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 360, height: 800 });
    try {
      await page.goto(`${baseUrl}?lang=zh`);
      const scroll = page.locator('.presences-table .report-table-scroll');
      await scroll.waitFor();
      const { scrollWidth, clientWidth } = await scroll.evaluate((element) => ({
        scrollWidth: element.scrollWidth,
        clientWidth: element.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      expect(await scroll.locator('thead th').count()).toBe(1 + reports.length);
    } finally {
      await page.setViewportSize({ width: 1400, height: 1000 });
    }
  });

  it('says which report of the URL it does not hold, and shows every report', async () => {
    const { page } = session;
    await open(page, url('A/HRC/99/1'));
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Report “A/HRC/99/1”');
    expect(new URL(page.url()).searchParams.getAll('report')).toEqual([]);
    expect(await page.locator('.report-header h1').textContent()).toContain('3 reports');
  });
});
