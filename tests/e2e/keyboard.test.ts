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
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const focus = await focused(page);
    if (focus && wanted(focus)) return focus;
  }
  throw new Error(`not reached with ${limit} presses of Tab`);
}

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
      /^ohchr-A_HRC_44_28-records-\d{4}-\d{2}-\d{2}\.csv$/u,
    );
  });
});
