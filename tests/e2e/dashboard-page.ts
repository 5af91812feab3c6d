import type { Page } from 'playwright-core';

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
