import type { Page } from 'playwright-core';
import { servedJson } from './served-data.ts';

/** The record count in the records table's caption, e.g. "Activity records (247 records)". */
export async function recordsTableCount(page: Page): Promise<number | null> {
  const caption = await page
    .getByRole('table', { name: /^Activity records/ })
    .locator('caption')
    .textContent();
  const match = /\(([\d,]+) records?\)/u.exec(caption ?? '');
  return match?.[1] ? Number(match[1].replaceAll(',', '')) : null;
}

/** The fields of the served records and themes the e2e tests compare the page with. */
export interface ServedRecord {
  readonly report: string;
  readonly paragraph: number;
  readonly sentence: number;
  readonly country: string | null;
  readonly role: string | null;
  readonly region: string | null;
  readonly themes: readonly string[];
}

export interface ServedTheme {
  readonly id: string;
  readonly parent: string | null;
  readonly labels: { readonly en: string };
}

/** The served records and themes. */
export async function servedRecordsAndThemes(baseUrl: string) {
  const [activities, reference] = await Promise.all([
    servedJson<{ records: ServedRecord[] }>(baseUrl, 'activities'),
    servedJson<{ themes: ServedTheme[] }>(baseUrl, 'reference'),
  ]);
  return { records: activities.records, themes: reference.themes };
}

/** The theme (not a pillar) with the most records, counted from the served files. */
export function busiestTheme(
  records: readonly ServedRecord[],
  themes: readonly ServedTheme[],
): { theme: ServedTheme; count: number } {
  const ranked = themes
    .filter((theme) => theme.parent !== null)
    .map((theme) => ({
      theme,
      count: records.filter((record) => record.themes.includes(theme.id)).length,
    }))
    .sort((a, b) => b.count - a.count);
  const busiest = ranked[0];
  if (!busiest || busiest.count === 0) throw new Error('the served data has no themed record');
  return busiest;
}
