import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './browser.ts';
import { servedJson } from './served-data.ts';

const baseUrl = inject('baseUrl');
const session = useBrowserSession(baseUrl, inject('chromiumPath'), {
  viewport: { width: 1440, height: 900 },
});

interface ServedRecord {
  readonly region: string | null;
  readonly subregion: string | null;
  readonly country: string | null;
  readonly role: string | null;
  readonly officeType: string | null;
  readonly themes: readonly string[];
  readonly partners: readonly string[];
}

interface ServedReference {
  readonly themes: readonly { readonly id: string; readonly parent: string | null }[];
  readonly partners: readonly { readonly id: string; readonly type: string }[];
}

type Key =
  | 'pillar'
  | 'theme'
  | 'region'
  | 'subregion'
  | 'country'
  | 'role'
  | 'officeType'
  | 'partner'
  | 'partnerType';
type State = Partial<Record<Key, string>>;

const KEYS: readonly Key[] = [
  'pillar',
  'theme',
  'region',
  'subregion',
  'country',
  'role',
  'officeType',
  'partner',
  'partnerType',
];

/** A small seeded generator (mulberry32): the same 20 states on every run, and on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * The data contract's filters, written here from the contract and not from the app's code: a
 * pillar or theme is one of the record's themes, a partner one of its partners, a partner type
 * the type of one of them, the place fields equal.
 */
function matches(record: ServedRecord, state: State, partnerTypes: ReadonlyMap<string, string>) {
  return KEYS.every((key) => {
    const value = state[key];
    if (value === undefined) return true;
    if (key === 'pillar' || key === 'theme') return record.themes.includes(value);
    if (key === 'partner') return record.partners.includes(value);
    if (key === 'partnerType') return record.partners.some((id) => partnerTypes.get(id) === value);
    return record[key] === value;
  });
}

const without = (state: State, ...keys: Key[]): State =>
  Object.fromEntries(Object.entries(state).filter(([key]) => !keys.includes(key as Key)));

const digits = (text: string | null | undefined) => Number((text ?? '').replace(/\D/gu, ''));

/** The numbers each view shows, read from the page as a reader sees them. */
async function shownTotals(page: Page) {
  return page.evaluate(() => {
    const number = (text: string | null | undefined) => Number((text ?? '').replace(/\D/gu, ''));
    const sum = (selector: string) =>
      [...document.querySelectorAll(selector)].reduce(
        (total, cell) => total + number(cell.textContent),
        0,
      );
    const mapNote = document.querySelector('.map-note')?.textContent ?? '';
    const mapGlobal = /([\d,]+) records? of global work/u.exec(mapNote)?.[1] ?? '0';
    const mapCountries = [...document.querySelectorAll('svg.map-svg [aria-label]')].reduce(
      (total, shape) => {
        const count = /: ([\d,]+) records?/u.exec(shape.getAttribute('aria-label') ?? '')?.[1];
        return total + (count ? number(count) : 0);
      },
      0,
    );
    const withoutCountry = document.querySelector('.overview-countries .card-note')?.textContent;
    return {
      header: number(document.querySelector('.report-header .stat-value')?.textContent),
      filters: number(document.querySelector('.filters-matching')?.textContent),
      recordsTable: number(
        /\(([\d,]+) records?\)/u.exec(
          document.querySelector('.records-table caption')?.textContent ?? '',
        )?.[1],
      ),
      regionTable: number(
        document.querySelector('.region-table tfoot tr:last-child td:last-child')?.textContent,
      ),
      regionChart: sum('[data-chart="records-by-region"] .chart-table tbody td.numeric'),
      officeChart: sum('[data-chart="records-by-office-type"] .chart-table tbody td.numeric'),
      countriesTable:
        sum('.overview-countries tbody tr td:first-of-type') +
        (withoutCountry ? number(withoutCountry) : 0),
      map: mapCountries + number(mapGlobal),
    };
  });
}

describe('one count model under random filter states', () => {
  it('every view’s total agrees with the header, or with the header under the filters the view ignores', async () => {
    const { records } = await servedJson<{ records: ServedRecord[] }>(baseUrl, 'activities');
    const reference = await servedJson<ServedReference>(baseUrl, 'reference');
    const partnerTypes = new Map(reference.partners.map((partner) => [partner.id, partner.type]));
    const pillars = new Set(reference.themes.filter((t) => t.parent === null).map((t) => t.id));
    const next = random(20_201);
    const pick = <T>(items: readonly T[]): T | undefined =>
      items[Math.floor(next() * items.length)];
    const count = (state: State) =>
      records.filter((record) => matches(record, state, partnerTypes)).length;

    const states: State[] = [];
    while (states.length < 20) {
      // Values taken from one record, so that every state lets at least that record through.
      const record = pick(records)!;
      const state: State = {};
      const keys = [...KEYS].sort(() => next() - 0.5).slice(0, 1 + Math.floor(next() * 3));
      for (const key of keys) {
        const value =
          key === 'pillar'
            ? pick(record.themes.filter((id) => pillars.has(id)))
            : key === 'theme'
              ? pick(record.themes.filter((id) => !pillars.has(id)))
              : key === 'partner'
                ? pick(record.partners)
                : key === 'partnerType'
                  ? partnerTypes.get(pick(record.partners) ?? '')
                  : (record[key] ?? undefined);
        if (value !== undefined) state[key] = value;
      }
      if (Object.keys(state).length > 0) states.push(state);
    }

    const { page } = session;
    for (const state of states) {
      const query = new URLSearchParams({ lang: 'en', ...state }).toString();
      await page.goto(`${baseUrl}?${query}`);
      await page.locator('[data-chart="records-by-office-type"]').waitFor();
      const expected = {
        header: count(state),
        filters: count(state),
        recordsTable: count(state),
        regionTable: count(without(state, 'region', 'subregion')),
        regionChart: count(without(state, 'region', 'subregion')),
        officeChart: count(without(state, 'officeType')),
        countriesTable: count(without(state, 'country')),
        map: count(without(state, 'country')),
      };
      expect(expected.header, query).toBeGreaterThan(0);
      // The deferred views catch up after the first paint: poll until they agree, or fail.
      await expect
        .poll(() => shownTotals(page), { timeout: 15_000, message: query })
        .toEqual(expected);
    }
    // The header's number is a number the reader can read, not a stray digit.
    expect(digits(await page.locator('.report-header .stat-value').first().textContent())).toBe(
      count(states.at(-1)!),
    );
  });
});
