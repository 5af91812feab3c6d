import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './browser.ts';
import { recordsTableCount } from './dashboard-page.ts';

const baseUrl = inject('baseUrl');
const session = useBrowserSession(baseUrl, inject('chromiumPath'), {
  viewport: { width: 1400, height: 1000 },
});

/** What has focus, as a user of a screen reader would hear it (role-ish tag, name, context). */
interface Focused {
  readonly tag: string;
  readonly name: string;
  readonly label: string;
  readonly rowheader: boolean;
  readonly group: string;
  /** The heading of the section it is in. */
  readonly section: string;
}

async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const labelled = element.getAttribute('aria-label') ?? '';
    const label = (element as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? labelled ?? '';
    return {
      tag: element.tagName.toLowerCase(),
      name: (element.textContent ?? '').trim(),
      label: label || labelled,
      rowheader: element.closest('th[scope="row"], [role="rowheader"]') !== null,
      group: element.closest('fieldset')?.getAttribute('aria-label') ?? '',
      section: element.closest('section')?.querySelector('h2')?.textContent?.trim() ?? '',
    };
  });
}

/** Presses Tab until `wanted` holds for the focused element; fails after `limit` presses. */
async function tabTo(page: Page, wanted: (focus: Focused) => boolean, limit = 800) {
  return (await tabCount(page, wanted, limit)).focus;
}

async function tabCount(page: Page, wanted: (focus: Focused) => boolean, limit = 800) {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    const focus = await focused(page);
    if (focus && wanted(focus)) return { focus, presses };
  }
  throw new Error(`not reached with ${limit} presses of Tab`);
}

const isCountry = (focus: Focused) =>
  focus.section === 'Where the work took place' && /: \d+ records?/u.test(focus.label);
const focusedIso3 = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-iso3') ?? null);

describe('keyboard only', () => {
  it('filters by theme, opens a country’s sources and closes them, exports the records as CSV', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?lang=en`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const all = await (async () => {
      let count: number | null = null;
      await expect.poll(async () => (count = await recordsTableCount(page))).toBeGreaterThan(0);
      return count ?? 0;
    })();

    // 1. The theme filter: a native select, changed with the arrow keys.
    await tabTo(page, (focus) => focus.tag === 'select' && focus.label === 'Theme');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).not.toBeNull();
    await expect.poll(() => recordsTableCount(page)).toBeLessThan(all);
    const theme = new URL(page.url()).searchParams.get('theme');

    // 2. A country in the countries table: Enter opens its sources, Escape closes them.
    const country = await tabTo(
      page,
      (focus) =>
        focus.tag === 'button' && focus.rowheader && focus.section === 'Countries with records',
    );
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading', { level: 2 }).textContent()).toContain(country.name);
    expect(await dialog.getByRole('article').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await focused(page))?.name).toBe(country.name);
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe(theme);

    // 3. The records CSV export: Enter downloads the file.
    await tabTo(
      page,
      (focus) =>
        focus.tag === 'button' && focus.name === 'CSV' && focus.group.startsWith('Export the '),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^ohchr-A_HRC_44_28-records-\d{4}-\d{2}-\d{2}-theme-[a-z0-9-]+_country-COL\.csv$/u,
    );
  });

  it('takes the map in one Tab stop: arrows move, Enter selects, the skip link jumps past it', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?lang=en`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => recordsTableCount(page)).toBeGreaterThan(0);

    // The skip link shows when focused and lands past the map: the next Tab is the region table.
    await tabTo(page, (focus) => focus.tag === 'a' && focus.name === 'Skip the map');
    const skip = page.getByRole('link', { name: 'Skip the map' });
    const box = await skip.boundingBox();
    expect(box?.width).toBeGreaterThan(40);
    expect(box?.x).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const after = await focused(page);
    expect(after?.name).not.toBe('');
    expect(await focusedIso3(page)).toBeNull();
    expect(after?.label ?? after?.name).toMatch(/^Filter by /u);

    // From the top again: the map is one stop, on the westernmost country (Mexico, 102° W; Samoa
    // lies east of 180° on a map centred on 10° E).
    await page.goto(`${baseUrl}?lang=en`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => recordsTableCount(page)).toBeGreaterThan(0);
    const first = await tabTo(page, isCountry);
    expect(first.label).toMatch(/^Mexico: \d+ records?$/u);
    // Its outline and the tooltip show where the focus is.
    expect(await page.locator('path.map-focus').count()).toBeGreaterThan(0);
    await page.getByRole('tooltip').waitFor();

    // Reference centroids by hand: Mexico 102° W, Guatemala 90.3° W, Honduras 86.5° W.
    await page.keyboard.press('ArrowRight');
    expect(await focusedIso3(page)).toBe('GTM');
    await page.keyboard.press('ArrowRight');
    expect(await focusedIso3(page)).toBe('HND');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedIso3(page)).toBe('GTM');
    await page.keyboard.press('End');
    expect(await focusedIso3(page)).toBe('WSM');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    expect(await focusedIso3(page)).toBe('GTM');

    // Enter selects Guatemala: the URL and the records table follow.
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe('GTM');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // One Tab leaves the map: no other country takes a stop.
    await page.keyboard.press('Tab');
    expect(await focusedIso3(page)).toBeNull();
  });

  it('reaches the records XLSX export with one Tab stop for the whole map', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?lang=en`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => recordsTableCount(page)).toBeGreaterThan(0);
    let countryStops = 0;
    const { presses } = await tabCount(page, (focus) => {
      if (isCountry(focus)) countryStops += 1;
      return (
        focus.tag === 'button' && focus.name === 'XLSX' && focus.group.startsWith('Export the ')
      );
    });
    console.info(`Tab presses from the top to the records XLSX export: ${presses}`);
    expect(countryStops).toBe(1);
    // 387 when each of the 72 countries was a stop (326 then; 341 with the briefing bar's deck,
    // citation and link buttons, an Embed per chart and the charts' count switch). What remains is
    // mostly the two overview tables (a button per country and per theme, each with a source
    // button: 230 stops).
    expect(presses).toBeLessThan(350);
  });
});
