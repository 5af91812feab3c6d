import { describe, expect, it } from 'vitest';
import {
  chipsFor,
  droppedText,
  labeller,
  partnerLabel,
} from '../../src/features/filters/filter-labels-state.ts';
import { filterOptions, matchPartners } from '../../src/features/filters/filter-options-state.ts';
import { activeFilters, emptyFilters } from '../../src/lib/filters/filter-state.ts';
import type { FilterState } from '../../src/lib/filters/filter-state.ts';
import { countBy, selectRecords } from '../../src/lib/filters/select-records.ts';
import { translate } from '../../src/lib/i18n/messages.ts';
import type { Language, MessageKey } from '../../src/lib/i18n/messages.ts';
import { everyFilterSet, recordsFixture, referenceFixture } from '../fixtures/dashboard-data.ts';

const records = recordsFixture();
const reference = referenceFixture();
const tr = (language: Language) => (key: MessageKey, values?: Record<string, string | number>) =>
  translate(language, key, values);
const options = (filters: Partial<FilterState> = {}, language: Language = 'en') =>
  filterOptions(records, { ...emptyFilters, ...filters }, reference, language, tr(language));
const values = (list: readonly { value: string }[]) => list.map((option) => option.value);

describe('filterOptions', () => {
  it('offers only values that occur in the records', () => {
    const all = options();
    expect(values(all.country)).not.toContain('DEU');
    expect(values(all.partner)).not.toContain('ilo');
    expect(values(all.theme.flatMap((group) => group.options))).not.toContain('elections');
    expect(values(all.partnerType)).toEqual([
      'un-entity',
      'regional-organisation',
      'financial-institution',
    ]);
  });

  it('counts the records each value would give under the other filters', () => {
    const filters = { ...emptyFilters, region: '019', country: 'COL' };
    const all = options(filters);
    const expected = countBy(selectRecords(records, filters, reference, 'country'), (r) => [
      r.country,
    ]);
    expect(all.country.map((o) => [o.value, o.count])).toEqual(
      [...expected.entries()].sort(([a], [b]) => a.localeCompare(b)),
    );
    // The region's own value is ignored when counting regions.
    expect(all.region.find((o) => o.value === '019')?.count).toBe(14);
  });

  it('leaves out values that would give no records, but keeps the chosen one', () => {
    expect(values(options({ region: '002' }).country)).toEqual(['UGA']);
    const chosen = options({ region: '002', country: 'FRA' }).country;
    expect(chosen.map((o) => [o.value, o.count])).toEqual([
      ['FRA', 0],
      ['UGA', 13],
    ]);
  });

  it('names values in the chosen language and sorts countries by its collation', () => {
    expect(options({}, 'en').country.map((o) => o.label)).toEqual([
      'Colombia',
      'France',
      'Mexico',
      'Uganda',
    ]);
    // Pinyin order: fa, ge, mo, wu.
    expect(options({}, 'zh').country.map((o) => o.label)).toEqual([
      '法国',
      '哥伦比亚',
      '墨西哥',
      '乌干达',
    ]);
    expect(options({}, 'zh').region.map((o) => o.label)).toEqual(['非洲', '美洲', '欧洲']);
    expect(options({}, 'zh').subregion.map((o) => o.label)).toContain('撒哈拉以南非洲');
    expect(options({}, 'zh').role.map((o) => o.label)).toEqual([
      '开展活动',
      '参与方',
      '举办地',
      '牵头或出资',
    ]);
  });

  it('groups themes under their pillar, pillars in reference order', () => {
    const groups = options().theme;
    expect(groups.map((group) => [group.label, values(group.options)])).toEqual([
      ['Development', ['business-and-human-rights', 'sdgs']],
      ['Non-discrimination', ['gender']],
      ['Participation', ['civic-space']],
    ]);
    expect(values(options().pillar)).toEqual([
      'mechanisms',
      'development',
      'non-discrimination',
      'accountability',
      'participation',
    ]);
  });

  it('keeps office types in the reference order', () => {
    expect(values(options().officeType)).toEqual([
      'country-office',
      'regional-office',
      'human-rights-adviser',
      'headquarters',
    ]);
  });
});

describe('matchPartners', () => {
  const partners = options().partner;
  it('matches names in both languages, acronyms and aliases, ignoring case', () => {
    expect(values(matchPartners(partners, reference, 'undp', null))).toEqual(['undp']);
    expect(values(matchPartners(partners, reference, '非盟', null))).toEqual(['african-union']);
    expect(values(matchPartners(partners, reference, 'world', null))).toEqual(['world-bank']);
    expect(values(matchPartners(partners, reference, '', null))).toEqual(values(partners));
  });

  it('keeps the chosen partner in the list whatever the query', () => {
    expect(values(matchPartners(partners, reference, 'world', 'undp'))).toEqual([
      'undp',
      'world-bank',
    ]);
  });
});

describe('labels', () => {
  it('names partners with their acronym', () => {
    const undp = reference.partners[0]!;
    expect(partnerLabel(undp, 'en')).toBe('United Nations Development Programme (UNDP)');
    expect(partnerLabel(undp, 'zh')).toBe('联合国开发计划署 (UNDP)');
    expect(partnerLabel(reference.partners[2]!, 'en')).toBe('World Bank');
  });

  it('labels every kind of chip in the chosen language', () => {
    const filters = everyFilterSet;
    const chips = (language: Language) =>
      chipsFor(
        activeFilters(filters),
        labeller(reference, language, tr(language)),
        tr(language),
      ).map((chip) => chip.label);
    expect(chips('en')).toEqual([
      'Pillar: Development',
      'Theme: Sustainable Development Goals',
      'Partner type: UN entity',
      'Partner: United Nations Development Programme (UNDP)',
      'Region: Americas',
      'Sub-region: Latin America and the Caribbean',
      'Country: Mexico',
      'Country role: Venue',
      'Office type: Country office',
      'Search: “讲习班”',
    ]);
    expect(chips('zh')[6]).toBe('国家：墨西哥');
  });

  it('lists dropped URL values for the notice', () => {
    const dropped = [
      { key: 'country', value: 'XXX' },
      { key: 'role', value: 'boss' },
    ];
    expect(droppedText(dropped, tr('en'), 'en')).toBe('Country “XXX” and Country role “boss”');
    expect(droppedText(dropped, tr('zh'), 'zh')).toBe('国家“XXX”和国家角色“boss”');
  });
});
