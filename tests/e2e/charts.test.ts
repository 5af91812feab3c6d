import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './browser.ts';
import {
  busiestTheme,
  recordsTableCount,
  servedRecordsAndThemes,
  type ServedRecord,
  type ServedTheme,
} from './dashboard-page.ts';

const baseUrl = inject('baseUrl');
const session = useBrowserSession(baseUrl, inject('chromiumPath'), {
  viewport: { width: 1400, height: 1000 },
});

let records: readonly ServedRecord[];
let themes: readonly ServedTheme[];

beforeAll(async () => {
  ({ records, themes } = await servedRecordsAndThemes(baseUrl));
});

/** The centre of the bar drawn level with the axis label `label`, in page coordinates. */
async function barCentre(page: Page, chart: string, label: string) {
  return page.evaluate(
    ([chartId, text]) => {
      const svg = document.querySelector(`[data-chart="${chartId}"] svg`);
      if (!svg) return null;
      // A long label breaks into lines: match its first line.
      const labelElement = [...svg.querySelectorAll('text')].find(
        (t) => (t.textContent ?? '').length > 3 && text.startsWith(t.textContent ?? ''),
      );
      if (!labelElement) return null;
      labelElement.scrollIntoView({ block: 'center' });
      const box = labelElement.getBoundingClientRect();
      const middle = box.top + box.height / 2;
      const bar = [...svg.querySelectorAll('path')]
        .map((path) => path.getBoundingClientRect())
        .find(
          (rect) =>
            rect.left >= box.right &&
            rect.width > 0 &&
            rect.height > 4 &&
            rect.height < 30 &&
            Math.abs(rect.top + rect.height / 2 - middle) < 14,
        );
      return bar
        ? { x: bar.left + Math.min(bar.width / 2, 10), y: bar.top + bar.height / 2 }
        : null;
    },
    [chart, label] as const,
  );
}

describe('bar charts', () => {
  it('draws every chart and filters by a clicked theme bar', async () => {
    const { page } = session;
    const chosen = busiestTheme(records, themes);

    await page.goto(`${baseUrl}?lang=en`);
    await page.locator('[data-chart="records-by-theme"] svg').waitFor();
    await expect.poll(() => recordsTableCount(page)).toBe(records.length);
    for (const id of [
      'records-by-theme',
      'records-by-partner',
      'records-by-region',
      'records-by-office-type',
      'field-presences',
      // One small chart per thing counted (¶54–56: countries, representatives, projects).
      'fund-figures-countries',
      'fund-figures-representatives',
      'fund-figures-projects',
    ])
      expect(await page.locator(`[data-chart="${id}"] svg`).count()).toBe(1);

    await mkdir('test-results', { recursive: true });
    await page.locator('.charts-panel').screenshot({ path: 'test-results/charts-en.png' });

    const centre = await barCentre(page, 'records-by-theme', chosen.theme.labels.en);
    if (!centre) throw new Error(`no bar for ${chosen.theme.labels.en}`);
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.click(centre.x, centre.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe(chosen.theme.id);
    await expect.poll(() => recordsTableCount(page)).toBe(chosen.count);
    // The chart keeps its other bars and marks the chosen one in its table.
    const pressed = page
      .locator('[data-chart="records-by-theme"] table')
      .getByRole('button', { pressed: true, includeHidden: true });
    expect(await pressed.textContent()).toBe(chosen.theme.labels.en);

    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('redraws a chart that was off screen when it comes near, and exports the current one before', async () => {
    const { page } = session;
    const chart = '[data-chart="records-by-office-type"]';
    // The values the chart draws beside its bars, and the ones its data table lists.
    const drawn = () =>
      page.evaluate(
        (selector) =>
          [...document.querySelectorAll(`${selector} svg text`)]
            .map((text) => text.textContent ?? '')
            .filter((text) => /^\d+$/u.test(text)),
        chart,
      );
    const listed = async () =>
      (await page.locator(`${chart} table td.numeric`).allTextContents()).map((t) => t.trim());

    await page.goto(`${baseUrl}?lang=en`);
    await page.locator(`${chart} svg`).waitFor({ state: 'attached' });
    await page.evaluate(() => window.scrollTo(0, 0));
    // The bars' labels are drawn a moment after the svg is attached (later on a busy machine).
    await expect.poll(async () => (await drawn()).length).toBeGreaterThan(0);
    const before = await drawn();
    // Colombia, clicked on the map at the top of the page: the office chart is far below.
    await page.locator('.map-svg path[data-iso3="COL"]').click();
    await expect
      .poll(() => recordsTableCount(page))
      .toBe(records.filter((record) => record.country === 'COL').length);
    const colombiaRecords = records.filter((record) => record.country === 'COL').length;
    // The chart's table follows the filter in a render of its own (later on a busy machine).
    await expect
      .poll(async () => (await listed()).reduce((sum, value) => sum + Number(value), 0))
      .toBe(colombiaRecords);
    const colombia = (await listed()).filter((value) => value !== '0');
    // The largest count drawn before the filter (a bar's label; the axis stops short of it).
    const largestBefore = String(Math.max(...before.map(Number)));
    expect(colombia).not.toContain(largestBefore);

    // Far below the viewport, the picture has not been drawn again yet (its table has).
    expect(await drawn()).toContain(largestBefore);

    // An export made now draws the current bars, although the picture on the page has not caught up.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('group', { name: 'Export Records by office type' })
        .getByRole('button', {
          name: 'SVG',
          exact: true,
          includeHidden: true,
        })
        .dispatchEvent('click'),
    ]);
    const svg = await readFile((await download.path())!, 'utf8');
    for (const value of colombia) expect(svg).toContain(`>${value}</text>`);
    expect(svg).not.toContain(`>${largestBefore}</text>`);

    await page.locator(chart).scrollIntoViewIfNeeded();
    await expect.poll(drawn).toEqual(expect.arrayContaining(colombia));
    expect(await drawn()).not.toContain(largestBefore);
  });

  it('renders the Chinese labels', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?lang=zh`);
    await page.locator('[data-chart="records-by-theme"] svg').waitFor();
    expect(await page.getByRole('heading', { name: '各主题记录数（按支柱）' }).count()).toBe(1);
    await page.locator('.charts-panel').screenshot({ path: 'test-results/charts-zh.png' });
    expect(session.consoleErrors).toEqual([]);
  });
});
