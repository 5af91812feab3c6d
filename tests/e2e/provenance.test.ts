import type { Page } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './browser.ts';
import { servedJson } from './served-data.ts';

const baseUrl = inject('baseUrl');
const session = useBrowserSession(baseUrl, inject('chromiumPath'), {
  viewport: { width: 1400, height: 1000 },
});

interface Country {
  iso3: string;
  names: { zh: string; en: string };
}

async function expectBesidePanel(page: Page) {
  const panelLeft = (await page.getByRole('dialog').boundingBox())?.x ?? 0;
  expect(panelLeft).toBeGreaterThan(0);
  for (const selector of ['.map-svg', '.charts-slot', '.overview', '.tables-slot']) {
    const box = await page.locator(selector).first().boundingBox();
    expect(box, selector).not.toBeNull();
    expect(box!.x + box!.width, selector).toBeLessThanOrEqual(panelLeft + 1);
  }
}

describe('sources panel', () => {
  it('narrows the page beside it when a country on the map opens it, sections not yet seen included', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?lang=en`);
    await page.locator('.map-svg path[data-iso3="COL"]').click();
    await page.getByRole('dialog').waitFor();
    await expectBesidePanel(page);
  });

  it('opens from a country with the paragraphs that name it, and Esc closes it', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?lang=en`);
    const countries = page.getByRole('region', { name: 'Countries with records' });
    await countries.waitFor();

    // The country with the most records is listed first.
    const first = countries.getByRole('rowheader').first().getByRole('button');
    const name = (await first.textContent()) ?? '';
    const reference = await servedJson<{ countries: Country[] }>(baseUrl, 'reference');
    const iso3 = reference.countries.find((country) => country.names.en === name)?.iso3;
    expect(iso3).toBeDefined();

    await first.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe(iso3);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading', { level: 2 }).textContent()).toContain(name);
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(
      true,
    );

    const paragraphs = dialog.getByRole('article');
    const count = await paragraphs.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index += 1) {
      const paragraph = paragraphs.nth(index);
      expect(await paragraph.getByRole('heading', { level: 3 }).textContent()).toMatch(/^¶ \d+$/);
      // Each paragraph names the country (or one of its cities), highlighted.
      expect(await paragraph.locator(`mark[data-ref="${iso3}"]`).count()).toBeGreaterThan(0);
    }
    const title = await dialog
      .locator(`mark[data-kind="country"][data-ref="${iso3}"]`)
      .first()
      .getAttribute('title');
    expect(title).toContain(name);

    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/provenance-en.png' });

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(name);

    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
