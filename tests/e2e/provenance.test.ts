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

interface ServedRecord {
  paragraph: number;
  sentence: number;
  country: string | null;
  placeInherited: boolean;
  placeFrom?: number | null;
}

/** What the reasons of ¶36 must say, per language (the catalogue's wording, checked by hand). */
const INHERITED = {
  en: 'Colombia: place taken from sentence 1 of this paragraph',
  zh: '哥伦比亚：地点取自本段第 1 句',
} as const;
const HEADING = { en: '¶ 36', zh: '第 36 段' } as const;
const TRIGGER = { en: 'found by the word “', zh: '依据 词语“' } as const;
const ROLE_RULE = {
  en: 'found by dictionary:country:name-zh; role:',
  zh: '依据 dictionary:country:name-zh; role:',
};

describe('sources panel', () => {
  it('narrows the page beside it when a country on the map opens it, sections not yet seen included', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?lang=en`);
    await page.locator('.map-svg path[data-iso3="COL"]').click();
    await page.getByRole('dialog').waitFor();
    await expectBesidePanel(page);
  });

  it.each(['en', 'zh'] as const)(
    'says why each Colombia record of ¶36 exists, with each tag’s trigger and rule (%s)',
    async (lang) => {
      const { page } = session;
      // The served records: ¶36's sentences after the first inherit Colombia from it (the text:
      // "在哥伦比亚，……" opens the paragraph and the other sentences name no place).
      const served = await servedJson<{ records: ServedRecord[] }>(baseUrl, 'activities');
      const inherited = served.records.filter(
        (record) => record.paragraph === 36 && record.country === 'COL' && record.placeInherited,
      );
      expect(inherited.length).toBeGreaterThan(0);
      expect(new Set(inherited.map((record) => record.placeFrom))).toEqual(new Set([0]));

      await page.goto(`${baseUrl}?lang=${lang}`);
      await page.locator('.map-svg path[data-iso3="COL"]').click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const article = dialog.getByRole('article').filter({
        has: page.getByRole('heading', { level: 3, name: HEADING[lang], exact: true }),
      });
      await article.locator('details.record-reasons > summary').click();
      const reasons = article.locator('details.record-reasons');
      const lines = await reasons.locator('li li').allTextContents();
      // One "taken from sentence 1" line per inherited record, none for the sentence that names it.
      expect(lines.filter((line) => line.startsWith(INHERITED[lang]))).toHaveLength(
        inherited.length,
      );
      // Every tag's tooltip names what it found and why: theme words their trigger, countries
      // the dictionary and the role rule.
      const titles = await article
        .locator('mark[title]')
        .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('title') ?? ''));
      const themeTitles = await article
        .locator('mark[data-kind="theme"]')
        .evaluateAll((marks) => marks.length);
      expect(themeTitles).toBeGreaterThan(0);
      expect(titles.some((title) => title.includes(TRIGGER[lang]))).toBe(true);
      expect(titles.some((title) => title.includes(ROLE_RULE[lang]))).toBe(true);
      await mkdir('test-results', { recursive: true });
      await page.screenshot({
        path: `test-results/provenance-reasons-${lang}.png`,
        fullPage: false,
      });
      expect(session.consoleErrors).toEqual([]);
    },
  );

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
