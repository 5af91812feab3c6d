import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { citySchema, countrySchema } from '../../src/domain/reference.ts';
import type { City, Country } from '../../src/domain/reference.ts';
import { readReferenceInputs } from '../../scripts/reference/read-inputs.ts';
import type { ReferenceBuild } from '../../scripts/reference/reference-files.ts';
import { buildReferenceFiles } from '../../scripts/reference/reference-files.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const generated = z.string().includes('scripts/build-reference.ts').includes('Do not edit by hand');
const countriesFileSchema = z.strictObject({
  generated,
  countries: z.array(countrySchema.strict()),
});
const citiesFileSchema = z.strictObject({ generated, cities: z.array(citySchema.strict()) });

let build: ReferenceBuild;
let committed: Map<string, string>;
let countries: Country[];
let cities: City[];
/** Every country name and alias → the countries it names. */
let names: Map<string, Set<string>>;

beforeAll(async () => {
  build = buildReferenceFiles(await readReferenceInputs(root));
  committed = new Map();
  for (const name of build.files.keys()) {
    committed.set(name, await readFile(`${root}/data/reference/${name}`, 'utf8'));
  }
  countries = countriesFileSchema.parse(
    JSON.parse(committed.get('countries.json') ?? ''),
  ).countries;
  cities = citiesFileSchema.parse(JSON.parse(committed.get('cities.json') ?? '')).cities;
  names = new Map();
  for (const country of countries) {
    for (const text of [
      country.names.zh,
      country.names.en,
      ...country.aliases.map((a) => a.text),
    ]) {
      names.set(text, (names.get(text) ?? new Set()).add(country.iso3));
    }
  }
});

const countryOf = (text: string) => [...(names.get(text) ?? [])];
const cityCountry = (zh: string) => cities.find((c) => c.names.zh === zh)?.country;

describe('generated gazetteer', () => {
  it('is what the build makes now, byte for byte (run npm run build:reference)', () => {
    for (const [name, content] of build.files) expect(committed.get(name), name).toBe(content);
  });

  it('builds the same bytes twice', async () => {
    const again = buildReferenceFiles(await readReferenceInputs(root));
    expect([...again.files]).toEqual([...build.files]);
  });

  it('is sorted by ISO3 and by city id, with 2-space JSON and a trailing newline', () => {
    const iso3 = countries.map((c) => c.iso3);
    expect(iso3).toEqual([...iso3].sort());
    const ids = cities.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
    for (const content of committed.values()) {
      expect(content.startsWith('{\n  "generated": ')).toBe(true);
      expect(content.endsWith('}\n')).toBe(true);
    }
  });

  it('lists every country and area: 193 members, 2 observer states', () => {
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expect(countries.filter((c) => c.status === 'member')).toHaveLength(193);
    expect(countries.filter((c) => c.status === 'observer').map((c) => c.iso3)).toEqual([
      'PSE',
      'VAT',
    ]);
    expect(new Set(countries.map((c) => c.iso3)).size).toBe(countries.length);
    expect(new Set(countries.map((c) => c.m49)).size).toBe(countries.length);
  });

  it('never lets a name or alias name two countries, or a city name two places', () => {
    expect([...names].filter(([, owners]) => owners.size > 1)).toEqual([]);
    const cityStrings = cities.flatMap((c) => [c.names.zh, c.names.en, ...c.aliases]);
    expect(cityStrings.filter((text) => names.has(text))).toEqual([]);
    expect(cityStrings.length).toBe(new Set(cityStrings).size);
  });

  it('keeps aliases of two characters or more, without a leading English article', () => {
    const aliases = countries.flatMap((c) => c.aliases);
    expect(aliases.filter((a) => [...a.text].length < 2)).toEqual([]);
    expect(aliases.filter((a) => /^the /i.test(a.text))).toEqual([]);
  });

  it('resolves the names UN Chinese texts of 2020 use', () => {
    expect(countryOf('斯威士兰')).toEqual(['SWZ']);
    expect(countryOf('伊朗')).toEqual(['IRN']);
    expect(countryOf('伊朗(伊斯兰共和国)')).toEqual(['IRN']);
    expect(countryOf('伊朗（伊斯兰共和国）')).toEqual(['IRN']);
    expect(countryOf('伊朗伊斯兰共和国')).toEqual(['IRN']);
    expect(countryOf('Iran')).toEqual(['IRN']);
    expect(countryOf('坦桑尼亚联合共和国')).toEqual(['TZA']);
    expect(countryOf('东帝汶')).toEqual(['TLS']);
    expect(countryOf('Türkiye')).toEqual(['TUR']);
    expect(countryOf('土耳其')).toEqual(['TUR']);
    expect(countryOf("Côte d'Ivoire")).toEqual(['CIV']);
    expect(countryOf('科特迪瓦')).toEqual(['CIV']);
    expect(countryOf('巴勒斯坦国')).toEqual(['PSE']);
    expect(countryOf('刚果')).toEqual(['COG']);
    expect(countryOf('刚果(金)')).toEqual(['COD']);
    expect(countryOf('中非')).toEqual([]);
  });

  it('adds traditional-character forms', () => {
    expect(countryOf('斯威士蘭')).toEqual(['SWZ']);
    expect(countryOf('坦桑尼亞聯合共和國')).toEqual(['TZA']);
  });

  it('carries M49 regions, flags and capitals', () => {
    const byIso3 = new Map(countries.map((c) => [c.iso3, c]));
    expect(byIso3.get('MHL')).toMatchObject({ sids: true, status: 'member', m49: '584' });
    expect(byIso3.get('MHL')?.subregion).toEqual({
      code: '057',
      zh: '密克罗尼西亚',
      en: 'Micronesia',
    });
    expect(byIso3.get('AFG')).toMatchObject({
      ldc: true,
      lldc: true,
      isoNumeric: '004',
      m49: '004',
    });
    expect(byIso3.get('CIV')).toMatchObject({ status: 'member', names: { en: "Côte d'Ivoire" } });
    expect(byIso3.get('THA')?.capital).toBe('Bangkok');
    expect(byIso3.get('TWN')?.status).toBe('area');
  });

  it('resolves the cities A/HRC/44/28 names', () => {
    expect(cityCountry('曼谷')).toBe('THA');
    expect(cityCountry('莫斯科')).toBe('RUS');
    expect(cityCountry('比勒陀利亚')).toBe('ZAF');
    expect(cityCountry('日内瓦')).toBe('CHE');
    expect(cityCountry('大阪')).toBe('JPN');
    expect(cityCountry('德班')).toBe('ZAF');
    expect(cityCountry('维也纳')).toBe('AUT');
    expect(cityCountry('亚的斯亚贝巴')).toBe('ETH');
    expect(cityCountry('伊斯坦布尔')).toBe('TUR');
    expect(cityCountry('布宜诺斯艾利斯')).toBe('ARG');
    expect(cityCountry('贝鲁特')).toBe('LBN');
    expect(cityCountry('巴拿马城')).toBe('PAN');
    expect(cityCountry('巴拿马')).toBeUndefined();
    expect(cities.find((c) => c.id === 'bangkok')).toMatchObject({ capital: true });
    expect(cities.find((c) => c.id === 'pretoria')).toMatchObject({ capital: true });
  });
});
