import { describe, expect, it } from 'vitest';
import type { Country } from '../../src/domain/reference.ts';
import { buildCities, kebab, sameCityName } from '../../scripts/reference/cities.ts';
import type { CityAdditionsFile } from '../../scripts/reference/hand-files.ts';

function country(iso3: string, iso2: string, zh: string, en: string, capital: string): Country {
  return {
    iso3,
    iso2,
    isoNumeric: null,
    m49: '000',
    names: { zh, en, zhFormal: null, enFormal: null },
    aliases: [],
    region: null,
    subregion: null,
    ldc: false,
    lldc: false,
    sids: false,
    status: 'member',
    capital,
    centroid: null,
  };
}

const countries = [
  country('THA', 'TH', '泰国', 'Thailand', 'Bangkok'),
  country('PAN', 'PA', '巴拿马', 'Panama', 'Panama City'),
  country('CHL', 'CL', '智利', 'Chile', 'Santiago'),
  country('DOM', 'DO', '多米尼加', 'Dominican Republic', 'Santo Domingo'),
];
const cldr = {
  version: '48',
  coreVersion: '48',
  exemplarCities: {
    zh: {
      'Asia/Bangkok': '曼谷',
      'America/Panama': '巴拿马',
      'America/Santiago': '圣地亚哥',
      'America/Dominica': '多米尼加',
      'America/Indiana/Knox': '印第安纳州诺克斯',
      'Antarctica/Syowa': '昭和',
    },
    en: { 'America/Indiana/Knox': 'Knox, Indiana', 'Antarctica/Syowa': 'Showa Station' },
  },
  zoneTerritories: {
    'Asia/Bangkok': 'TH',
    'America/Panama': 'PA',
    'America/Santiago': 'CL',
    'America/Dominica': 'DM',
    'America/Indiana/Knox': 'US',
    'Antarctica/Syowa': 'AQ',
  },
};
const noAdditions: CityAdditionsFile = { note: '', cities: [], exclusions: [] };
const identity = (text: string) => text;

describe('buildCities', () => {
  it('resolves CLDR exemplar cities to their country and marks capitals', () => {
    const cities = buildCities(countries, {
      cldr,
      additions: noAdditions,
      toTraditional: identity,
    });
    expect(cities.map((c) => [c.id, c.names.zh, c.country, c.capital])).toEqual([
      ['bangkok', '曼谷', 'THA', true],
      ['santiago', '圣地亚哥', 'CHL', true],
    ]);
  });

  it('lets the country win when a city has its name (巴拿马, and CLDR calling Dominica 多米尼加)', () => {
    const cities = buildCities(countries, {
      cldr,
      additions: noAdditions,
      toTraditional: identity,
    });
    expect(cities.map((c) => c.names.zh)).not.toContain('巴拿马');
    expect(cities.map((c) => c.names.zh)).not.toContain('多米尼加');
  });

  it('adds reviewed cities, and refuses one named like a country', () => {
    const additions: CityAdditionsFile = {
      ...noAdditions,
      cities: [
        {
          zh: '巴拿马城',
          en: 'Panama City',
          country: 'PAN',
          capital: true,
          reason: 'test addition',
        },
      ],
    };
    const cities = buildCities(countries, { cldr, additions, toTraditional: identity });
    expect(cities.find((c) => c.id === 'panama-city')).toMatchObject({
      country: 'PAN',
      capital: true,
    });
    const clash = { ...additions.cities[0]!, zh: '巴拿马' };
    expect(() =>
      buildCities(countries, {
        cldr,
        additions: { ...noAdditions, cities: [clash] },
        toTraditional: identity,
      }),
    ).toThrow(/country name/);
  });

  it('drops excluded CLDR cities and fails on an exclusion CLDR does not list', () => {
    const exclusions = [{ zh: '圣地亚哥', reason: 'excluded for the test' }];
    const cities = buildCities(countries, {
      cldr,
      additions: { ...noAdditions, exclusions },
      toTraditional: identity,
    });
    expect(cities.map((c) => c.id)).toEqual(['bangkok']);
    expect(() =>
      buildCities(countries, {
        cldr,
        additions: {
          ...noAdditions,
          exclusions: [{ zh: '不存在', reason: 'excluded for the test' }],
        },
        toTraditional: identity,
      }),
    ).toThrow(/不存在/);
  });

  it('refuses a city name that would resolve to two countries', () => {
    const additions: CityAdditionsFile = {
      ...noAdditions,
      cities: [
        {
          zh: '圣地亚哥城',
          en: 'Santiago',
          country: 'DOM',
          capital: false,
          reason: 'test addition',
        },
      ],
    };
    expect(() => buildCities(countries, { cldr, additions, toTraditional: identity })).toThrow(
      /"Santiago" → CHL \+ DOM/,
    );
  });

  it('appends the ISO2 code when two cities would share an id', () => {
    const additions: CityAdditionsFile = {
      ...noAdditions,
      cities: [
        {
          zh: '圣地亚哥城',
          en: 'Santiago!',
          country: 'DOM',
          capital: false,
          reason: 'test addition',
        },
      ],
    };
    const cities = buildCities(countries, { cldr, additions, toTraditional: identity });
    expect(cities.map((c) => c.id)).toEqual(['bangkok', 'santiago-cl', 'santiago-do']);
  });
});

describe('city names', () => {
  it('makes kebab-case ids from English names', () => {
    expect(kebab('Addis Ababa')).toBe('addis-ababa');
    expect(kebab('Nuku’alofa')).toBe('nukualofa');
    expect(kebab('Bogotá')).toBe('bogota');
  });

  it('matches the Capital column against CLDR spellings', () => {
    expect(sameCityName('Bogota', 'Bogotá')).toBe(true);
    expect(sameCityName("N'Djamena", 'N’Djamena')).toBe(true);
    expect(sameCityName("St. John's", 'Saint John’s')).toBe(true);
    expect(sameCityName('Kingston', 'Kingstown')).toBe(false);
  });
});
