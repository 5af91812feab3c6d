import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './browser.ts';
import { recordsTableCount } from './dashboard-page.ts';
import { servedJson } from './served-data.ts';

const baseUrl = inject('baseUrl');
const session = useBrowserSession(baseUrl, inject('chromiumPath'), {
  viewport: { width: 1400, height: 1000 },
});

interface SearchedRecord {
  readonly country: string | null;
  readonly partners: readonly string[];
  readonly themes: readonly string[];
  readonly evidence: {
    readonly sentence: string;
    readonly spans: readonly { kind: string; ref: string | null }[];
  };
}

interface SearchReference {
  readonly countries: readonly { iso3: string; names: { en: string } }[];
  readonly partners: readonly {
    id: string;
    names: { en: string };
    acronyms: readonly string[];
    aliases: readonly string[];
  }[];
  readonly themes: readonly { id: string; labels: { en: string } }[];
}

let records: readonly SearchedRecord[];
let reference: SearchReference;

beforeAll(async () => {
  [{ records }, reference] = await Promise.all([
    servedJson<{ records: SearchedRecord[] }>(baseUrl, 'activities'),
    servedJson<SearchReference>(baseUrl, 'reference'),
  ]);
});

/** The records naming a country: as their place, in their sentence, or in a partner's name. */
function naming(iso3: string, englishName: string): number {
  const partnerIds = new Set(
    reference.partners
      .filter((p) => [p.names.en, ...p.aliases].some((name) => name.includes(englishName)))
      .map((p) => p.id),
  );
  return records.filter(
    (record) =>
      record.country === iso3 ||
      record.evidence.spans.some((span) => span.kind === 'country' && span.ref === iso3) ||
      record.partners.some((id) => partnerIds.has(id)),
  ).length;
}

async function searchFor(text: string): Promise<void> {
  const { page } = session;
  const box = page.getByRole('searchbox', { name: 'Search', exact: true });
  await box.fill(text);
  await box.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(text);
}

describe('search in the English UI', () => {
  it('finds a country, a partner acronym and a theme by their English names', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?lang=en`);
    await page.getByRole('searchbox', { name: 'Search', exact: true }).waitFor();
    await expect.poll(() => recordsTableCount(page)).toBe(records.length);

    const liberia = reference.countries.find((country) => country.names.en === 'Liberia');
    expect(liberia).toBeDefined();
    const liberiaCount = naming(liberia?.iso3 ?? '', 'Liberia');
    expect(liberiaCount).toBeGreaterThan(0);
    await searchFor('Liberia');
    await expect.poll(() => recordsTableCount(page)).toBe(liberiaCount);

    const undp = reference.partners.filter((partner) => partner.acronyms.includes('UNDP'));
    expect(undp).toHaveLength(1);
    const undpCount = records.filter((record) =>
      record.partners.some((id) => undp.some((partner) => partner.id === id)),
    ).length;
    expect(undpCount).toBeGreaterThan(0);
    await searchFor('UNDP');
    await expect.poll(() => recordsTableCount(page)).toBe(undpCount);

    // The report text is Chinese, so "justice" can only be an English name in the reference.
    const justice = (text: string) => /justice/iu.test(text);
    const themeIds = new Set(reference.themes.filter((t) => justice(t.labels.en)).map((t) => t.id));
    const partnerIds = new Set(
      reference.partners
        .filter((p) => [p.names.en, ...p.acronyms, ...p.aliases].some(justice))
        .map((p) => p.id),
    );
    expect(themeIds.size).toBeGreaterThan(0);
    const justiceCount = records.filter(
      (record) =>
        record.themes.some((id) => themeIds.has(id)) ||
        record.partners.some((id) => partnerIds.has(id)),
    ).length;
    await searchFor('justice');
    await expect.poll(() => recordsTableCount(page)).toBe(justiceCount);
    expect(await page.getByText(`${justiceCount} matching records`).count()).toBe(1);

    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
