import type { City, Country } from '../../src/domain/reference.ts';
import { englishExemplar } from './cldr-zones.ts';
import { nameIndex } from './country-aliases.ts';
import { compareText } from './country-records.ts';
import type { CityAdditionsFile } from './hand-files.ts';
import { apostropheVariants, codePointLength } from './names.ts';
import type { ReferenceInputs } from './reference-inputs.ts';

export interface CitySources {
  readonly cldr: ReferenceInputs['cldr'];
  readonly additions: CityAdditionsFile;
  readonly toTraditional: (text: string) => string;
}

interface Draft {
  zh: string;
  en: string;
  country: string;
  capital: boolean | null;
  aliases: string[];
  source: string;
}

/**
 * Cities resolved to their country: CLDR time zone exemplar cities, then the reviewed additions.
 * A city whose Chinese or English name is also a country's name or alias is left out, so that
 * the country wins (巴拿马, 科威特, 新加坡); the additions give such cities their own names
 * (巴拿马城 Panama City).
 */
export function buildCities(countries: readonly Country[], sources: CitySources): City[] {
  const countryNames = nameIndex(countries);
  const drafts = cldrDrafts(countries, sources, countryNames);
  addReviewed(drafts, sources.additions.cities, countryNames);
  const cities = drafts.map((draft) =>
    finishCity(draft, countries, sources.toTraditional, countryNames),
  );
  const ids = assignIds(cities, countries);
  assertNoCityConflicts(ids);
  return ids.sort((a, b) => compareText(a.id, b.id));
}

function cldrDrafts(
  countries: readonly Country[],
  sources: CitySources,
  countryNames: ReadonlyMap<string, ReadonlySet<string>>,
): Draft[] {
  const { exemplarCities, zoneTerritories, version } = sources.cldr;
  const byIso2 = new Map(countries.map((c) => [c.iso2, c.iso3]));
  const excluded = new Map(sources.additions.exclusions.map((e) => [e.zh, false]));
  const drafts: Draft[] = [];
  for (const zone of Object.keys(exemplarCities.zh).sort(compareText)) {
    const zh = exemplarCities.zh[zone] ?? '';
    const en = englishExemplar(zone, exemplarCities.en);
    const territory = zoneTerritories[zone];
    const country = territory ? byIso2.get(territory) : undefined;
    // Antarctic research stations are not cities; "Knox, Indiana" style names are small towns.
    if (!country || territory === 'AQ' || en.includes(',')) continue;
    if (excluded.has(zh)) {
      excluded.set(zh, true);
      continue;
    }
    if (countryNames.has(zh) || countryNames.has(en)) continue;
    drafts.push({ zh, en, country, capital: null, aliases: [], source: `cldr ${version} ${zone}` });
  }
  const unused = [...excluded].filter(([, used]) => !used).map(([zh]) => zh);
  if (unused.length > 0) {
    throw new Error(`city-additions.json excludes cities CLDR does not list: ${unused.join(', ')}`);
  }
  return drafts;
}

function addReviewed(
  drafts: Draft[],
  additions: CityAdditionsFile['cities'],
  countryNames: ReadonlyMap<string, ReadonlySet<string>>,
): void {
  for (const addition of additions) {
    const clash = [addition.zh, addition.en, ...(addition.aliases ?? [])].find((t) =>
      countryNames.has(t),
    );
    if (clash) throw new Error(`city-additions.json: "${clash}" is a country name or alias`);
    const existing =
      drafts.find((d) => d.zh === addition.zh) ??
      drafts.find((d) => d.en === addition.en && d.country === addition.country);
    if (existing && existing.country !== addition.country) {
      throw new Error(
        `city-additions.json: ${addition.zh} ${addition.en} (${addition.country}) is already ${existing.zh} ${existing.en} (${existing.country})`,
      );
    }
    if (existing) {
      existing.capital = addition.capital;
      existing.aliases.push(...(addition.aliases ?? []), addition.zh, addition.en);
      existing.source = `${existing.source} + reviewed`;
      continue;
    }
    drafts.push({
      zh: addition.zh,
      en: addition.en,
      country: addition.country,
      capital: addition.capital,
      aliases: [...(addition.aliases ?? [])],
      source: 'reviewed',
    });
  }
}

type CityWithoutId = Omit<City, 'id'>;

function finishCity(
  draft: Draft,
  countries: readonly Country[],
  toTraditional: (text: string) => string,
  countryNames: ReadonlyMap<string, ReadonlySet<string>>,
): CityWithoutId {
  const capitalName = countries.find((c) => c.iso3 === draft.country)?.capital ?? null;
  const candidates = [
    ...draft.aliases,
    ...draft.aliases.map(toTraditional),
    toTraditional(draft.zh),
    foldLatin(draft.en),
    ...apostropheVariants(draft.en),
  ];
  const seen = new Set([draft.zh, draft.en]);
  const aliases: string[] = [];
  for (const text of candidates) {
    if (seen.has(text) || codePointLength(text) < 2 || countryNames.has(text)) continue;
    seen.add(text);
    aliases.push(text);
  }
  return {
    names: { zh: draft.zh, en: draft.en },
    aliases: aliases.sort(compareText),
    country: draft.country,
    capital: draft.capital ?? (capitalName !== null && sameCityName(draft.en, capitalName)),
    source: draft.source,
  };
}

/** Kebab-case English name; the ISO2 code is appended where two cities would share an id. */
function assignIds(cities: readonly CityWithoutId[], countries: readonly Country[]): City[] {
  const base = (city: CityWithoutId) => kebab(city.names.en);
  const counts = new Map<string, number>();
  for (const city of cities) counts.set(base(city), (counts.get(base(city)) ?? 0) + 1);
  const withIds = cities.map((city) => {
    const iso2 = countries.find((c) => c.iso3 === city.country)?.iso2 ?? city.country;
    const id =
      (counts.get(base(city)) ?? 0) > 1 ? `${base(city)}-${iso2.toLowerCase()}` : base(city);
    return { id, ...city };
  });
  const seen = new Set<string>();
  for (const city of withIds) {
    if (seen.has(city.id)) throw new Error(`two cities share the id "${city.id}"`);
    seen.add(city.id);
  }
  return withIds;
}

function assertNoCityConflicts(cities: readonly City[]): void {
  const owners = new Map<string, Set<string>>();
  for (const city of cities) {
    for (const text of [city.names.zh, city.names.en, ...city.aliases]) {
      owners.set(text, (owners.get(text) ?? new Set()).add(city.country));
    }
  }
  const conflicts = [...owners].filter(([, set]) => set.size > 1);
  if (conflicts.length > 0) {
    throw new Error(
      `city names resolving to more than one country (exclude or rename in data/reference/city-additions.json):\n  ${conflicts
        .map(([text, set]) => `"${text}" → ${[...set].sort().join(' + ')}`)
        .join('\n  ')}`,
    );
  }
}

export function kebab(text: string): string {
  return foldLatin(text)
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Bogotá → Bogota, N’Djamena → N'Djamena. */
export function foldLatin(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");
}

/** Matches the Capital column's plain spellings against CLDR's: "St. John's" = "Saint John’s". */
export function sameCityName(a: string, b: string): boolean {
  const norm = (text: string) =>
    foldLatin(text)
      .replace(/\bSt\.?\s/g, 'Saint ')
      .replace(/[-\s]+/g, ' ')
      .toLowerCase()
      .trim();
  return norm(a) === norm(b);
}
