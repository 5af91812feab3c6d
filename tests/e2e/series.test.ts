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

  it('colours the map by the change between two reports, and the URL and exported picture keep it', async () => {
    const { page } = session;
    await open(page, url(SEED, F1));
    const { records } = await servedJson<{ records: { report: string; country: string | null }[] }>(
      baseUrl,
      'activities',
    );
    const count = (report: string, country: string) =>
      records.filter((r) => r.report === report && r.country === country).length;
    const statusOf = (before: number, after: number) =>
      before === 0
        ? 'new'
        : after === 0
          ? 'gone'
          : after > before
            ? 'more'
            : after < before
              ? 'fewer'
              : 'same';
    const switcher = page.getByRole('group', { name: 'Colour the map by' });
    await switcher.getByRole('button', { name: `Change ${SEED} → ${F1}` }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('map')).toBe('change');
    const legend = page.locator('.map-legend');
    await expect
      .poll(() => legend.locator('.map-legend-title').textContent())
      .toBe(`Change in records per country from ${SEED} to ${F1}, under the current filters`);
    // Each status's swatch colour, read from the legend: the countries must wear the same.
    const swatches = new Map<string, string>();
    const items = await legend
      .locator('li')
      .evaluateAll((lis) =>
        lis.map((li) => [
          li.textContent ?? '',
          li.querySelector('rect')?.getAttribute('fill') ?? '',
        ]),
      );
    for (const [text, fill] of items) {
      const status = /^(new|more records|as many records|fewer records|gone) \(/u.exec(
        text ?? '',
      )?.[1];
      if (status && fill) swatches.set(status, fill);
    }
    expect([...swatches.keys()]).toEqual([
      'new',
      'more records',
      'as many records',
      'fewer records',
      'gone',
    ]);
    const label = {
      new: 'new',
      more: 'more records',
      same: 'as many records',
      fewer: 'fewer records',
      gone: 'gone',
    } as const;
    // Every country with records in either report wears its status's colour and says its counts.
    const countries = [
      ...new Set(records.filter((r) => r.report === SEED || r.report === F1).map((r) => r.country)),
    ].filter((c): c is string => c !== null);
    const tally = { new: 0, more: 0, same: 0, fewer: 0, gone: 0 };
    for (const iso3 of countries) tally[statusOf(count(SEED, iso3), count(F1, iso3))] += 1;
    for (const [status, n] of Object.entries(tally))
      expect(await legend.textContent()).toContain(`${label[status as keyof typeof label]} (${n})`);
    const colombia = page.locator('svg.map-svg [data-iso3="COL"].is-interactive').first();
    const [before, after] = [count(SEED, 'COL'), count(F1, 'COL')];
    const status = statusOf(before, after);
    expect(await colombia.getAttribute('fill')).toBe(swatches.get(label[status]));
    expect(await colombia.getAttribute('aria-label')).toContain(
      `${SEED}: ${before}, ${F1}: ${after} (${label[status]})`,
    );
    // A country only in the earlier report is still drawn, in the colour of "gone".
    const gone = countries.find((iso3) => count(SEED, iso3) > 0 && count(F1, iso3) === 0);
    if (gone) {
      expect(
        await page.locator(`svg.map-svg [data-iso3="${gone}"]`).first().getAttribute('fill'),
      ).toBe(swatches.get('gone'));
    }

    // The exported picture carries the change legend.
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page
        .getByRole('group', { name: 'Export Where the work took place' })
        .getByRole('button', { name: 'SVG', exact: true })
        .click(),
    ]);
    const svg = readFileSync(await file.path(), 'utf8');
    expect(svg).toContain(`Change in records per country from ${SEED} to ${F1}`);
    expect(svg).toContain(`fill="${swatches.get(label[status])}"`);

    // A pasted link keeps it; with three reports in view there is nothing to compare.
    await open(page, page.url());
    expect(
      await page
        .locator('svg.map-svg [data-iso3="COL"].is-interactive')
        .first()
        .getAttribute('fill'),
    ).toBe(swatches.get(label[status]));
    await open(page, `${url()}&map=change`);
    expect(await page.getByRole('group', { name: 'Colour the map by' }).count()).toBe(0);
    expect(await page.locator('.map-legend-title').textContent()).toBe(
      'Records (sentence × country) under the current filters',
    );
  });

  it('splits the records of each report by region, one bar per report and region', async () => {
    const { page } = session;
    await open(page, url());
    const { records } = await servedJson<{ records: { report: string; region: string | null }[] }>(
      baseUrl,
      'activities',
    );
    const card = page.locator('[data-chart="records-by-report"]');
    // Totals first: one bar per report, each its own count.
    const rows = async () =>
      card
        .locator('.chart-table tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')),
        );
    const totals = await rows();
    expect(totals.map((row) => row.at(-1))).toEqual(
      reports.map((report) => String(records.filter((r) => r.report === report.symbol).length)),
    );
    await card
      .getByRole('group', { name: 'Split each report by' })
      .getByRole('button', { name: 'Region' })
      .click();
    await expect.poll(async () => (await rows()).length).toBeGreaterThan(reports.length);
    const split = await rows();
    // Africa (M49 002) in each report, counted from the served records.
    for (const report of reports) {
      const expected = records.filter(
        (r) => r.report === report.symbol && r.region === '002',
      ).length;
      const row = split.find((cells) => cells[0] === `Africa: ${report.symbol}`);
      expect(row?.at(-1), `${report.symbol} in Africa`).toBe(String(expected));
    }
    // Every record with a region is counted once in its report's bars.
    const sum = split.reduce((total, cells) => total + Number(cells.at(-1)), 0);
    expect(sum).toBe(records.length);
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
