import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './browser.ts';
import { sweepScreen } from './page-geometry.ts';

const baseUrl = inject('baseUrl');
const session = useBrowserSession(baseUrl, inject('chromiumPath'));

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function open(page: Page, lang: 'zh' | 'en', width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.goto(`${baseUrl}?lang=${lang}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('svg.map-svg').waitFor();
  await page.locator('.records-table tbody tr').first().waitFor();
  // The charts load in their own chunk: wait for them, so that the sweep sees the whole page.
  await page.locator('.charts-panel').waitFor();
}

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
  );
}

describe.each(['zh', 'en'] as const)('layout in %s', (lang) => {
  describe.each(VIEWPORTS)('at $width × $height ($name)', ({ width, height }) => {
    it('no text of one component lies on another, no control is covered, no sideways page scroll', async () => {
      const { page } = session;
      await open(page, lang, width, height);
      const sweep = await sweepScreen(page);
      // A sweep that saw nothing proves nothing: the page has hundreds of text boxes and controls.
      expect(sweep.textBoxes).toBeGreaterThan(500);
      expect(sweep.controlsChecked).toBeGreaterThan(50);
      expect(sweep.overlaps).toEqual([]);
      expect(sweep.covered).toEqual([]);
      expect(sweep.pageWiderThanWindow).toBe(false);
    });

    it('axe finds no violation', async () => {
      const { page } = session;
      await open(page, lang, width, height);
      expect(await violations(page)).toEqual([]);
    });
  });

  it('on a phone the filters open in a drawer that holds every filter, and close again', async () => {
    const { page } = session;
    await open(page, lang, 360, 740);
    const opener = page.locator('.filters-bar .filters-open');
    await expect.poll(() => opener.isVisible()).toBe(true);
    // The side column is gone: nothing but the bar is left of the content.
    expect(await page.locator('.filters-slot').count()).toBe(0);
    await opener.click();
    const drawer = page.getByRole('dialog', { name: lang === 'en' ? 'Filters' : '筛选' });
    await drawer.waitFor();
    expect(await violations(page)).toEqual([]);
    // Every filter of the wide layout is in it: search, 2 + 4 + 2 selects, the partner picker.
    expect(await drawer.getByRole('combobox').count()).toBeGreaterThanOrEqual(8);
    await drawer
      .getByLabel(lang === 'en' ? 'Region' : '区域', { exact: true })
      .selectOption({ index: 1 });
    const chosen = await page.locator('.filters-bar-matching').textContent();
    await drawer.locator('.filters-drawer-show').click();
    await expect.poll(() => drawer.isVisible()).toBe(false);
    // The bar says how many records are shown and that one filter is set.
    expect(await page.locator('.filters-bar-matching').textContent()).toBe(chosen);
    expect(await opener.textContent()).toMatch(/1/u);
    // Escape closes it too, and focus returns to the button that opened it.
    await opener.click();
    await drawer.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('filters-open');
  });
});

describe('the sweep itself', () => {
  it('finds text laid over other text, as the filters once lay over the map', async () => {
    const { page } = session;
    await open(page, 'en', 1440, 900);
    // Plant the old fault: a transparent copy of the filters' heading drawn over the map's card.
    await page.evaluate(() => {
      const map = document.querySelector('.map-slot > *');
      const planted = document.createElement('p');
      planted.textContent = 'Planted filter label lying over the map';
      planted.className = 'planted';
      Object.assign(planted.style, { position: 'absolute', margin: '0' });
      document.querySelector('.briefing-bar')?.append(planted);
      const rect = map?.getBoundingClientRect();
      if (rect) {
        planted.style.left = `${rect.left + 8}px`;
        planted.style.top = `${rect.top + window.scrollY + 8}px`;
      }
    });
    const sweep = await sweepScreen(page);
    expect(
      sweep.overlaps.filter(
        (overlap) => overlap.first.startsWith('Planted') || overlap.second.startsWith('Planted'),
      ).length,
    ).toBeGreaterThan(0);
  });
});
