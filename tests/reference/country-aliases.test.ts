import { describe, expect, it } from 'vitest';
import { withAliases } from '../../scripts/reference/country-aliases.ts';
import type { CountryBase } from '../../scripts/reference/country-records.ts';
import { buildCountryBases } from '../../scripts/reference/country-records.ts';
import type { CountryAliasesFile } from '../../scripts/reference/hand-files.ts';

const header = {
  'ISO3166-1-Alpha-3': '',
  'ISO3166-1-Alpha-2': '',
  'ISO3166-1-numeric': '',
  M49: '',
  is_independent: 'Yes',
  'UNTERM English Short': '',
  'UNTERM Chinese Short': '',
  'UNTERM English Formal': '',
  'UNTERM Chinese Formal': '',
  Capital: '',
};

function row(values: Partial<typeof header>) {
  return { ...header, ...values };
}

const countryCodes = [
  row({
    'ISO3166-1-Alpha-3': 'IRN',
    'ISO3166-1-Alpha-2': 'IR',
    'ISO3166-1-numeric': '364',
    M49: '364',
    'UNTERM English Short': 'Iran (Islamic Republic of)',
    'UNTERM Chinese Short': '伊朗伊斯兰共和国',
    'UNTERM English Formal': 'the Islamic Republic of Iran',
    'UNTERM Chinese Formal': '伊朗伊斯兰共和国',
    Capital: 'Tehran',
  }),
  row({
    'ISO3166-1-Alpha-3': 'VAT',
    'ISO3166-1-Alpha-2': 'VA',
    M49: '336',
    'UNTERM English Short': 'Holy See (the) *',
    'UNTERM Chinese Short': '罗马教廷 *',
  }),
  row({
    'ISO3166-1-Alpha-3': 'COK',
    'ISO3166-1-Alpha-2': 'CK',
    M49: '184',
    is_independent: 'Associated with NZ',
    'UNTERM English Short': 'Cook Islands (the) **',
    'UNTERM Chinese Short': '库克群岛 **',
  }),
  row({ 'ISO3166-1-Alpha-3': 'XXX', 'ISO3166-1-Alpha-2': 'XX', M49: '', Capital: 'Nowhere' }),
];
const m49 = (iso3: string, name: string) => ({ 'ISO-alpha3 Code': iso3, 'Country or Area': name });

function bases(): CountryBase[] {
  return buildCountryBases({
    countryCodes,
    m49Zh: [m49('IRN', '伊朗伊斯兰共和国'), m49('VAT', '教廷'), m49('COK', '库克群岛')],
    m49En: [
      m49('IRN', 'Iran (Islamic Republic of)'),
      m49('VAT', 'Holy See'),
      m49('COK', 'Cook Islands'),
    ],
    i18nZh: { IR: '伊朗', VA: '梵蒂冈', CK: '库克群岛' },
    overrides: [],
    latlng: { IRN: [32, 53] },
  });
}

const none: CountryAliasesFile = { note: '', aliases: [], exclusions: [] };
const identity = (text: string) => text;
const sources = (reviewed: CountryAliasesFile, toTraditional = identity) => ({
  countryCodes,
  m49Zh: [],
  m49En: [],
  i18nZh: { IR: '伊朗', VA: '梵蒂冈' },
  i18nEn: { IR: ['Islamic Republic of Iran', 'Iran'], VA: 'Holy See' },
  reviewed,
  toTraditional,
});

describe('country records', () => {
  it('keeps rows with an M49 code and derives the status from the UNTERM marks', () => {
    const countries = bases();
    expect(countries.map((c) => [c.iso3, c.status, c.m49])).toEqual([
      ['COK', 'area', '184'],
      ['IRN', 'member', '364'],
      ['VAT', 'observer', '336'],
    ]);
    const vat = countries.find((c) => c.iso3 === 'VAT');
    expect(vat?.names).toEqual({ zh: '罗马教廷', en: 'Holy See', zhFormal: null, enFormal: null });
  });
});

describe('country aliases', () => {
  it('adds source names and rule-made variants, without the names themselves', () => {
    const iran = withAliases(bases(), sources(none)).find((c) => c.iso3 === 'IRN');
    const texts = iran?.aliases.map((a) => a.text);
    expect(texts).toEqual(
      expect.arrayContaining(['伊朗', '伊朗(伊斯兰共和国)', '伊朗（伊斯兰共和国）', 'Iran']),
    );
    expect(texts).toContain('Islamic Republic of Iran');
    expect(texts).not.toContain('伊朗伊斯兰共和国');
    expect(iran?.aliases.find((a) => a.text === 'Iran')?.source).toBe('i18n-iso-countries');
  });

  it('adds traditional forms where they differ', () => {
    const toTraditional = (text: string) => text.replace('罗马', '羅馬');
    const holySee = withAliases(bases(), sources(none, toTraditional)).find(
      (c) => c.iso3 === 'VAT',
    );
    expect(holySee?.aliases).toContainEqual({
      text: '羅馬教廷',
      lang: 'zh',
      source: 'opencc:cn2tw',
    });
  });

  it('fails on an alias that would name two countries, naming both', () => {
    const reviewed = {
      ...none,
      aliases: [
        { iso3: 'VAT', text: '伊朗', lang: 'zh' as const, reason: 'a wrong alias for the test' },
      ],
    };
    expect(() => withAliases(bases(), sources(reviewed))).toThrow(/"伊朗" → IRN \+ VAT/);
  });

  it('removes excluded forms, and fails on an exclusion that matches nothing', () => {
    const exclusion = {
      iso3: 'IRN',
      text: 'Iran',
      lang: 'en' as const,
      reason: 'excluded for the test',
    };
    const iran = withAliases(bases(), sources({ ...none, exclusions: [exclusion] })).find(
      (c) => c.iso3 === 'IRN',
    );
    expect(iran?.aliases.map((a) => a.text)).not.toContain('Iran');
    const stale = { ...exclusion, text: 'Persia' };
    expect(() => withAliases(bases(), sources({ ...none, exclusions: [stale] }))).toThrow(/Persia/);
  });
});
