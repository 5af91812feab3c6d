import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../src/lib/filters/filter-state.ts';
import type { FilterState } from '../../src/lib/filters/filter-state.ts';
import { countBy, selectRecords, sourceParagraphs } from '../../src/lib/filters/select-records.ts';
import { recordsFixture, referenceFixture } from '../fixtures/dashboard-data.ts';

const records = recordsFixture();
const reference = referenceFixture();
const select = (filters: Partial<FilterState>, except?: keyof FilterState) =>
  selectRecords(records, { ...emptyFilters, ...filters }, reference, except);
const paragraphs = (selected: readonly { paragraph: number }[]) =>
  selected.map((record) => record.paragraph);

describe('selectRecords', () => {
  it('lets every record through without filters', () => {
    expect(select({})).toHaveLength(records.length);
  });

  it.each([
    ['pillar', 'development', (r: (typeof records)[number]) => r.themes.includes('development')],
    ['theme', 'gender', (r: (typeof records)[number]) => r.themes.includes('gender')],
    ['partner', 'undp', (r: (typeof records)[number]) => r.partners.includes('undp')],
    ['region', '019', (r: (typeof records)[number]) => r.region === '019'],
    ['subregion', '202', (r: (typeof records)[number]) => r.subregion === '202'],
    ['country', 'COL', (r: (typeof records)[number]) => r.country === 'COL'],
    ['role', 'participant', (r: (typeof records)[number]) => r.role === 'participant'],
    [
      'officeType',
      'headquarters',
      (r: (typeof records)[number]) => r.officeType === 'headquarters',
    ],
  ] as const)('filters by %s', (key, value, keep) => {
    const expected = records.filter(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(records.length);
    expect(select({ [key]: value })).toEqual(expected);
  });

  it('filters by partner type through the reference partners', () => {
    expect(paragraphs(select({ partnerType: 'regional-organisation' }))).toEqual([12]);
    expect(paragraphs(select({ partnerType: 'financial-institution' }))).toEqual([13]);
    expect(select({ partnerType: 'academic' })).toEqual([]);
  });

  it('searches the sentences, ignoring case and surrounding spaces', () => {
    expect(paragraphs(select({ q: ' 讲习班 ' }))).toEqual([11]);
    expect(select({ q: '第 1 项' }).map((r) => r.evidence.sentence)).toEqual([
      '第 1 项培训在哥伦比亚举行。',
    ]);
    expect(select({ q: 'nowhere' })).toEqual([]);
  });

  it('combines keys with AND', () => {
    // Fillers 0, 4, ..., 20 are in Colombia on civic space; 0 and 12 are participants.
    expect(paragraphs(select({ country: 'COL', theme: 'civic-space', role: 'activity' }))).toEqual([
      10, 19, 23, 31, 35,
    ]);
  });

  it('ignores the key named by `except` (for facet counts)', () => {
    const filters = { country: 'MEX', theme: 'gender' } as const;
    expect(select(filters)).toEqual([]);
    expect(paragraphs(select(filters, 'country'))).toEqual(paragraphs(select({ theme: 'gender' })));
    expect(paragraphs(select(filters, 'theme'))).toEqual([11]);
  });
});

describe('countBy', () => {
  it('counts each value once per record and skips nulls', () => {
    const counts = countBy(records, (record) => [record.country]);
    expect(counts.get('COL')).toBe(14);
    expect(counts.get('UGA')).toBe(13);
    expect(counts.get('MEX')).toBe(1);
    expect(counts.has('null')).toBe(false);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(records.length - 1);
  });

  it('counts a record once even when a value repeats in it', () => {
    const counts = countBy(records.slice(0, 1), () => ['a', 'a', 'b']);
    expect(Object.fromEntries(counts)).toEqual({ a: 1, b: 1 });
  });
});

describe('sourceParagraphs', () => {
  it('lists each paragraph once, in report order', () => {
    expect(sourceParagraphs(select({ country: 'COL' })).slice(0, 3)).toEqual([
      { report: 'A/HRC/44/28', paragraph: 10 },
      { report: 'A/HRC/44/28', paragraph: 15 },
      { report: 'A/HRC/44/28', paragraph: 17 },
    ]);
  });
});
