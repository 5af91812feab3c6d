import { mkdir } from 'node:fs/promises';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './browser.ts';
import { servedJson } from './served-data.ts';
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

const format = (count: number) => new Intl.NumberFormat('en-GB').format(count);

describe('filters and the records table', () => {
  it('applies a theme chosen in the panel to the table and the URL', async () => {
    const { page } = session;
    const chosen = busiestTheme(records, themes);

    await page.goto(`${baseUrl}?lang=en`);
    const select = page.getByRole('combobox', { name: 'Theme', exact: true });
    await select.waitFor();
    await expect.poll(() => recordsTableCount(page)).toBe(records.length);

    await select.focus();
    await select.selectOption(chosen.theme.id);
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe(chosen.theme.id);
    await expect.poll(() => recordsTableCount(page)).toBe(chosen.count);
    const chips = page.getByRole('list', { name: 'Active filters' });
    expect(await chips.textContent()).toContain(`Theme: ${chosen.theme.labels.en}`);
    expect(await page.getByText(`${format(chosen.count)} matching records`).count()).toBe(1);

    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/filters-theme.png', fullPage: true });
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('restores a country filter from a pasted URL, then clears all', async () => {
    const { page } = session;
    const colombia = records.filter((record) => record.country === 'COL').length;
    expect(colombia).toBeGreaterThan(0);

    await page.goto(`${baseUrl}?lang=en&country=COL`);
    const chips = page.getByRole('list', { name: 'Active filters' });
    await chips.waitFor();
    expect(await chips.getByText('Country: Colombia').count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Country', exact: true }).inputValue()).toBe(
      'COL',
    );
    await expect.poll(() => recordsTableCount(page)).toBe(colombia);

    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => recordsTableCount(page)).toBe(records.length);
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBeNull();
    expect(await chips.count()).toBe(0);

    // Back restores the filter the pasted link had.
    await page.goBack();
    await expect.poll(() => recordsTableCount(page)).toBe(colombia);

    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('picks a partner in one step: type its abbreviation or Chinese short name, Enter', async () => {
    const { page } = session;
    const activities = await servedJson<{ records: { partners: string[] }[] }>(
      baseUrl,
      'activities',
    );
    const undp = activities.records.filter((record) => record.partners.includes('undp')).length;
    expect(undp).toBeGreaterThan(0);

    for (const [language, typed, label] of [
      ['en', 'UNDP', 'Partner'],
      ['zh', '开发署', '伙伴'],
    ] as const) {
      await page.goto(`${baseUrl}?lang=${language}`);
      const box = page.getByRole('combobox', { name: label, exact: true });
      await box.waitFor();
      await box.click();
      await page.keyboard.type(typed);
      const first = page.getByRole('listbox').getByRole('option').first();
      await expect.poll(() => first.textContent()).toMatch(/UNDP/u);
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('partner')).toBe('undp');
      // The caption's count, read in either language.
      const count = page.locator('.records-table caption .caption-count');
      await expect
        .poll(async () =>
          Number(/[\d,]+/u.exec((await count.textContent()) ?? '')?.[0]?.replaceAll(',', '')),
        )
        .toBe(undp);
      expect(await box.getAttribute('aria-expanded')).toBe('false');
    }
  });

  it('drops unknown URL values with a notice', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?lang=en&country=XXX&role=boss`);
    const notice = page.getByRole('alert');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Country “XXX” and Country role “boss”');
    await expect.poll(() => recordsTableCount(page)).toBe(records.length);
    // The URL no longer carries them (replaced in place), the language stays.
    await expect.poll(() => new URL(page.url()).search).toBe('?lang=en');
    expect(await notice.textContent()).toContain('Country “XXX”');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('pages through the records with the keyboard', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?lang=en`);
    const pages = page.getByRole('navigation', { name: 'Pages of Activity records' });
    await pages.waitFor();
    const pageCount = Math.ceil(records.length / 25);
    expect(await pages.textContent()).toContain(`Page 1 of ${pageCount}`);
    await pages.getByRole('button', { name: 'Next page' }).focus();
    await page.keyboard.press('Enter');
    expect(await pages.textContent()).toContain(`Page 2 of ${pageCount}`);
    expect(
      await page
        .getByText(
          `Showing 26–${Math.min(50, records.length)} of ${format(records.length)} records`,
        )
        .count(),
    ).toBe(1);
  });
});
