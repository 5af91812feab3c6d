import { describe, expect, it } from 'vitest';
import {
  FILTER_KEYS,
  activeFilters,
  allowedValues,
  emptyFilters,
  parseFilters,
  writeFilters,
} from '../../src/lib/filters/filter-state.ts';
import { everyFilterSet, referenceFixture } from '../fixtures/dashboard-data.ts';

const reference = referenceFixture();

const full = everyFilterSet;

describe('parseFilters', () => {
  it('reads every key the reference knows', () => {
    const params = new URLSearchParams();
    for (const key of FILTER_KEYS) params.set(key, full[key] ?? '');
    expect(parseFilters(params, reference)).toEqual({ filters: full, dropped: [] });
  });

  it('gives the empty state for an empty query string', () => {
    expect(parseFilters(new URLSearchParams(''), reference)).toEqual({
      filters: emptyFilters,
      dropped: [],
    });
  });

  it('drops values the data does not know and lists them', () => {
    const { filters, dropped } = parseFilters(
      new URLSearchParams('country=XXX&role=boss&theme=development&region=019'),
      reference,
    );
    expect(filters).toEqual({ ...emptyFilters, region: '019' });
    // A pillar is not a theme: it has its own key.
    expect(dropped).toEqual([
      { key: 'theme', value: 'development' },
      { key: 'country', value: 'XXX' },
      { key: 'role', value: 'boss' },
    ]);
  });

  it('ignores parameters that are not filters, and caps the search at 200 characters', () => {
    const { filters, dropped } = parseFilters(
      new URLSearchParams(`lang=zh&source=3&q=${'字'.repeat(250)}`),
      reference,
    );
    expect(dropped).toEqual([]);
    expect(filters.q).toHaveLength(200);
  });
});

describe('writeFilters', () => {
  it('round-trips through the URL', () => {
    const params = new URLSearchParams();
    writeFilters(params, full);
    expect(parseFilters(new URLSearchParams(params.toString()), reference).filters).toEqual(full);
  });

  it('removes cleared keys and leaves other parameters alone', () => {
    const params = new URLSearchParams('lang=en&country=COL&q=x');
    writeFilters(params, { ...emptyFilters, theme: 'gender' });
    expect(params.toString()).toBe('lang=en&theme=gender');
  });
});

describe('activeFilters', () => {
  it('lists the set keys in a fixed order', () => {
    expect(
      activeFilters({ ...emptyFilters, q: 'a', country: 'COL', pillar: 'development' }),
    ).toEqual([
      { key: 'pillar', value: 'development' },
      { key: 'country', value: 'COL' },
      { key: 'q', value: 'a' },
    ]);
    expect(activeFilters(emptyFilters)).toEqual([]);
  });
});

describe('allowedValues', () => {
  it('takes regions and sub-regions from the reference countries', () => {
    const allowed = allowedValues(reference);
    expect([...allowed.region].sort()).toEqual(['002', '019', '150']);
    expect(allowed.subregion.has('419')).toBe(true);
    expect(allowed.theme.has('gender')).toBe(true);
    expect(allowed.theme.has('development')).toBe(false);
    expect(allowed.pillar.has('development')).toBe(true);
  });
});
