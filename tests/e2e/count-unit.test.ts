import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from './browser.ts';
import { servedRecordsAndThemes } from './dashboard-page.ts';
import { servedJson } from './served-data.ts';

const baseUrl = inject('baseUrl');
const session = useBrowserSession(baseUrl, inject('chromiumPath'), {
  viewport: { width: 1400, height: 1000 },
});

/** The region chart's data table: region name → value as printed. */
async function regionTable(page: Page, title: string) {
  const section = page.locator('section.chart-card[data-chart="records-by-region"]');
  await expect.poll(() => section.locator('h3').textContent()).toBe(title);
  return section.locator('details.chart-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
      return [cells[0] ?? '', Number((cells.at(-1) ?? '').replace(/\D/gu, ''))] as const;
    }),
  );
}

describe('what the charts count', () => {
  it('switches between records, sentences and paragraphs, and the URL keeps it', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?lang=en`);
    const control = page.getByRole('group', { name: 'Charts count' });
    await control.waitFor();
    expect(
      await control.getByRole('button', { name: 'Records' }).getAttribute('aria-pressed'),
    ).toBe('true');
    const { records } = await servedRecordsAndThemes(baseUrl);
    const reference = await servedJson<{
      countries: { region: { code: string; en: string } | null }[];
    }>(baseUrl, 'reference');
    const regionName = new Map(
      reference.countries.flatMap((c) => (c.region ? [[c.region.code, c.region.en] as const] : [])),
    );
    const expected = (key: (r: (typeof records)[number]) => string) => {
      const byRegion = new Map<string, Set<string>>();
      for (const record of records) {
        if (record.region === null) continue;
        const name = regionName.get(record.region) ?? record.region;
        const set = byRegion.get(name) ?? new Set<string>();
        set.add(key(record));
        byRegion.set(name, set);
      }
      return new Map([...byRegion].map(([name, set]) => [name, set.size]));
    };
    const compare = (table: readonly (readonly [string, number])[], want: Map<string, number>) => {
      const named = table.filter(([name]) => want.has(name));
      expect(named.length).toBe(want.size);
      for (const [name, value] of named) expect(value, name).toBe(want.get(name));
    };

    compare(
      await regionTable(page, 'Records by region'),
      expected((r) => `${r.report} ${r.paragraph} ${r.sentence} ${r.country}`),
    );

    await control.getByRole('button', { name: 'Sentences' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('count')).toBe('sentences');
    const sentences = expected((r) => `${r.report} ${r.paragraph} ${r.sentence}`);
    compare(await regionTable(page, 'Sentences by region'), sentences);
    expect(
      await page
        .locator('section.chart-card[data-chart="records-by-region"] .chart-counted')
        .textContent(),
    ).toContain('Sentences (each once, however many countries it names)');

    // A pasted link restores it.
    await page.reload();
    compare(await regionTable(page, 'Sentences by region'), sentences);
    expect(
      await page
        .getByRole('group', { name: 'Charts count' })
        .getByRole('button', { name: 'Sentences' })
        .getAttribute('aria-pressed'),
    ).toBe('true');

    await page
      .getByRole('group', { name: 'Charts count' })
      .getByRole('button', { name: 'Paragraphs' })
      .click();
    compare(
      await regionTable(page, 'Paragraphs by region'),
      expected((r) => `${r.report} ${r.paragraph}`),
    );

    await page
      .getByRole('group', { name: 'Charts count' })
      .getByRole('button', { name: 'Records' })
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.has('count')).toBe(false);
    await regionTable(page, 'Records by region');
    expect(session.consoleErrors).toEqual([]);
  });
});
