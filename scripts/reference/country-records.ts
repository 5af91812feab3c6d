import type { Country } from '../../src/domain/reference.ts';
import type { CsvRow } from './csv.ts';
import type { CountryOverridesFile } from './hand-files.ts';
import { cleanSourceName, withoutArticle } from './names.ts';
import type { LocaleNames } from './reference-inputs.ts';

export type CountryBase = Omit<Country, 'aliases'>;

export interface CountrySources {
  readonly countryCodes: readonly CsvRow[];
  readonly m49Zh: readonly CsvRow[];
  readonly m49En: readonly CsvRow[];
  readonly i18nZh: LocaleNames;
  readonly overrides: CountryOverridesFile['overrides'];
  /** world-countries `latlng` by ISO3: [latitude, longitude]. */
  readonly latlng: Readonly<Record<string, readonly [number, number]>>;
}

/** Every row of country-codes.csv with an M49 code and a name, sorted by ISO3. */
export function buildCountryBases(sources: CountrySources): CountryBase[] {
  const zhByIso3 = indexBy(sources.m49Zh, 'ISO-alpha3 Code');
  const enByIso3 = indexBy(sources.m49En, 'ISO-alpha3 Code');
  const countries = sources.countryCodes
    .map((row) =>
      countryFromRow(row, zhByIso3.get(iso3Of(row)), enByIso3.get(iso3Of(row)), sources.i18nZh),
    )
    .map((country) => country && { ...country, centroid: centroidOf(country.iso3, sources.latlng) })
    .filter((country): country is CountryBase => country !== null)
    .map((country) => applyOverride(country, sources.overrides));
  const unknown = sources.overrides.filter((o) => !countries.some((c) => c.iso3 === o.iso3));
  if (unknown.length > 0) {
    throw new Error(
      `country-overrides.json names unknown countries: ${unknown.map((o) => o.iso3).join(', ')}`,
    );
  }
  return countries.sort((a, b) => compareText(a.iso3, b.iso3));
}

function countryFromRow(
  row: CsvRow,
  zh: CsvRow | undefined,
  en: CsvRow | undefined,
  i18nZh: LocaleNames,
): CountryBase | null {
  const m49 = field(row, 'M49');
  const iso3 = iso3Of(row);
  const iso2 = field(row, 'ISO3166-1-Alpha-2');
  const untermEn = field(row, 'UNTERM English Short');
  const nameZh =
    cleanSourceName(field(row, 'UNTERM Chinese Short')) ||
    field(zh, 'Country or Area') ||
    firstName(i18nZh[iso2]);
  const nameEn = withoutArticle(cleanSourceName(untermEn)) || field(en, 'Country or Area');
  if (!m49 || !nameZh || !nameEn) return null;
  return {
    iso3,
    iso2: iso2 || null,
    isoNumeric: padCode(field(row, 'ISO3166-1-numeric')) || null,
    m49: padCode(m49),
    names: {
      zh: nameZh,
      en: nameEn,
      zhFormal: cleanSourceName(field(row, 'UNTERM Chinese Formal')) || null,
      enFormal: withoutArticle(cleanSourceName(field(row, 'UNTERM English Formal'))) || null,
    },
    region: area(zh, en, 'Region Code', 'Region Name'),
    subregion: area(zh, en, 'Sub-region Code', 'Sub-region Name'),
    ldc: field(en, 'Least Developed Countries (LDC)') === 'x',
    lldc: field(en, 'Land Locked Developing Countries (LLDC)') === 'x',
    sids: field(en, 'Small Island Developing States (SIDS)') === 'x',
    status: statusOf(untermEn, field(row, 'is_independent')),
    capital: field(row, 'Capital') || null,
    centroid: null,
  };
}

/** A marker point for small states the world atlas drops: [longitude, latitude], as d3-geo wants. */
function centroidOf(iso3: string, latlng: CountrySources['latlng']): CountryBase['centroid'] {
  const point = latlng[iso3];
  return point ? [point[1], point[0]] : null;
}

/**
 * UNTERM lists the member states, and marks the two observer states (Holy See, State of
 * Palestine) with "*" and the associated states (Cook Islands, Niue) with "**". Its columns are
 * empty for Côte d'Ivoire and Türkiye: country-overrides.json restores those two.
 */
function statusOf(untermEnglishShort: string, independent: string): CountryBase['status'] {
  const name = untermEnglishShort.trim();
  if (!name || name.endsWith('**')) return 'area';
  if (name.endsWith('*')) return 'observer';
  return independent === 'Yes' ? 'member' : 'area';
}

function applyOverride(
  country: CountryBase,
  overrides: CountryOverridesFile['overrides'],
): CountryBase {
  const override = overrides.find((o) => o.iso3 === country.iso3);
  if (!override) return country;
  return {
    ...country,
    names: { ...country.names, ...override.names },
    status: override.status ?? country.status,
    capital: override.capital === undefined ? country.capital : override.capital,
  };
}

function area(
  zh: CsvRow | undefined,
  en: CsvRow | undefined,
  codeColumn: string,
  nameColumn: string,
): CountryBase['region'] {
  const code = field(en, codeColumn);
  if (!code) return null;
  return { code: padCode(code), zh: field(zh, nameColumn), en: field(en, nameColumn) };
}

function indexBy(rows: readonly CsvRow[], column: string): Map<string, CsvRow> {
  return new Map(rows.map((row) => [field(row, column), row]));
}

function iso3Of(row: CsvRow): string {
  return field(row, 'ISO3166-1-Alpha-3');
}

function field(row: CsvRow | undefined, column: string): string {
  return (row?.[column] ?? '').replace(/\u00A0/g, ' ').trim();
}

function firstName(names: string | readonly string[] | undefined): string {
  return (typeof names === 'string' ? names : names?.[0]) ?? '';
}

export function padCode(code: string): string {
  return code ? code.padStart(3, '0') : '';
}

/** UTF-16 code-unit order: independent of locale and ICU version, so the output never moves. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
