import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './browser.ts';
import { servedJson } from './served-data.ts';
import { recordsTableCount, type ServedRecord } from './dashboard-page.ts';

const baseUrl = inject('baseUrl');
const session = useBrowserSession(baseUrl, inject('chromiumPath'), {
  viewport: { width: 1400, height: 1000 },
});

let records: readonly ServedRecord[];

beforeAll(async () => {
  records = (await servedJson<{ records: ServedRecord[] }>(baseUrl, 'activities')).records;
});

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

async function openMap(page: Page, query = '') {
  await page.goto(`${baseUrl}?lang=en${query}`);
  await page.locator('.map-svg path.map-country').first().waitFor();
}

describe('the world map', () => {
  it('draws every country, and colours those with records', async () => {
    const { page } = session;
    await openMap(page);
    expect(await page.locator('.map-svg path.map-country').count()).toBeGreaterThanOrEqual(170);

    // One count model: every country named in a record is drawn, a mention-only one hatched.
    const withRecords = new Set(records.flatMap((r) => (r.country ? [r.country] : [])));
    const fills = await page.locator('.map-svg [data-iso3][role="button"]').evaluateAll((nodes) =>
      nodes.map((node) => ({
        iso3: node.getAttribute('data-iso3'),
        fill: getComputedStyle(node).fill,
      })),
    );
    expect(new Set(fills.map((f) => f.iso3))).toEqual(withRecords);
    const neutral = await page
      .locator('.map-svg path.map-country:not([data-iso3])')
      .first()
      .evaluate((node) => getComputedStyle(node).fill);
    expect(fills.filter((f) => f.fill === neutral)).toEqual([]);

    await mkdir('test-results', { recursive: true });
    await page.locator('.world-map').screenshot({ path: 'test-results/map.png' });
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('shows the Maldives (absent from the 110m atlas) as a marker that filters the table', async () => {
    const { page } = session;
    await openMap(page);
    const maldives = page.locator('circle[data-iso3="MDV"]');
    expect(await maldives.isVisible()).toBe(true);
    const box = await maldives.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(10);
    expect(await maldives.getAttribute('aria-label')).toMatch(/^Maldives: \d+ records$/);

    await maldives.click();
    await expect.poll(() => param(page, 'country')).toBe('MDV');
    const expected = records.filter((r) => r.country === 'MDV').length;
    await expect.poll(() => recordsTableCount(page)).toBe(expected);
    expect(session.consoleErrors).toEqual([]);
  });

  it('filters by a clicked country, shows its tooltip, and clears on a second click', async () => {
    const { page } = session;
    await openMap(page);
    const colombia = page.locator('path[data-iso3="COL"]');
    await colombia.hover();
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain('Colombia');

    await colombia.click();
    await expect.poll(() => param(page, 'country')).toBe('COL');
    const expected = records.filter((r) => r.country === 'COL').length;
    await expect.poll(() => recordsTableCount(page)).toBe(expected);

    // The click also opens the sources panel, which takes focus when it opens; close it first,
    // or Enter would go to the panel (this raced and failed CI once).
    const panel = page.getByRole('dialog');
    await panel.waitFor();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });

    // Keyboard: Enter on the selected country clears the filter.
    await colombia.focus();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-iso3') ?? null))
      .toBe('COL');
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'country')).toBeNull();
    await expect.poll(() => recordsTableCount(page)).toBe(records.length);
  });

  it('zooms to a region preset and sets the region filter; World resets', async () => {
    const { page } = session;
    await openMap(page);
    const layer = page.locator('.map-zoom-layer');
    const before = await layer.getAttribute('transform');
    await page.locator('.map-presets').getByRole('button', { name: 'Africa', exact: true }).click();
    await expect.poll(() => param(page, 'region')).toBe('002');
    await expect.poll(() => layer.getAttribute('transform')).not.toBe(before);
    const scale = /scale\(([\d.]+)\)/u.exec((await layer.getAttribute('transform')) ?? '');
    expect(Number(scale?.[1])).toBeGreaterThan(1.3);

    await page.locator('.map-presets').getByRole('button', { name: 'World', exact: true }).click();
    await expect.poll(() => param(page, 'region')).toBeNull();
    await expect.poll(() => layer.getAttribute('transform')).toBe(before);
    expect(session.consoleErrors).toEqual([]);
  });

  it('restores the region zoom from a pasted URL', async () => {
    const { page } = session;
    await openMap(page, '&region=150');
    const transform = await page.locator('.map-zoom-layer').getAttribute('transform');
    expect(transform).not.toBe('translate(0,0) scale(1)');
  });
});
