import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Converter } from 'opencc-js/cn2t';
import type * as z from 'zod';
import { exemplarCities, zoneTerritories } from './cldr-zones.ts';
import { parseCsv } from './csv.ts';
import {
  cityAdditionsFileSchema,
  countryAliasesFileSchema,
  countryOverridesFileSchema,
  lookalikesFileSchema,
} from './hand-files.ts';
import type { LocaleNames, ReferenceInputs } from './reference-inputs.ts';

const require = createRequire(import.meta.url);
/** The CLDR release of the files vendored in data/reference/sources/cldr/ (see its README). */
const CLDR_VERSION = '48.2.0';
/** The world-countries release sources/world-countries/points.json was extracted from. */
const WORLD_COUNTRIES_VERSION = '5.1.0';

/** Loads the sources in data/reference/ and the pinned npm data packages. */
export async function readReferenceInputs(root: string): Promise<ReferenceInputs> {
  const folder = join(root, 'data/reference');
  const text = (name: string) => readFile(join(folder, name), 'utf8');
  const reviewed = async <T extends z.ZodType>(name: string, schema: T): Promise<z.infer<T>> => {
    const parsed = schema.safeParse(JSON.parse(await text(name)));
    if (!parsed.success) throw new Error(`data/reference/${name}: ${parsed.error.message}`);
    return parsed.data;
  };
  return {
    countryCodes: parseCsv(await text('sources/country-codes.csv')),
    m49Zh: parseCsv(await text('sources/m49-zh.csv')),
    m49En: parseCsv(await text('sources/m49-en.csv')),
    i18n: {
      version: await packageVersion('i18n-iso-countries'),
      zh: await localeNames('zh'),
      en: await localeNames('en'),
    },
    cldr: {
      version: CLDR_VERSION,
      coreVersion: CLDR_VERSION,
      exemplarCities: {
        zh: zoneExemplars(JSON.parse(await text('sources/cldr/timeZoneNames.zh.json')), 'zh'),
        en: zoneExemplars(JSON.parse(await text('sources/cldr/timeZoneNames.en.json')), 'en'),
      },
      zoneTerritories: zoneTerritories(JSON.parse(await text('sources/cldr/windowsZones.json'))),
    },
    worldCountries: {
      version: WORLD_COUNTRIES_VERSION,
      latlng: worldCountryPoints(JSON.parse(await text('sources/world-countries/points.json'))),
    },
    opencc: {
      version: await packageVersion('opencc-js'),
      toTraditional: Converter({ from: 'cn', to: 'tw' }),
    },
    countryAliases: await reviewed('country-aliases.json', countryAliasesFileSchema),
    countryOverrides: await reviewed('country-overrides.json', countryOverridesFileSchema),
    cityAdditions: await reviewed('city-additions.json', cityAdditionsFileSchema),
    lookalikes: await reviewed('lookalikes.json', lookalikesFileSchema),
  };
}

async function packageJson(specifier: string): Promise<unknown> {
  return JSON.parse(await readFile(require.resolve(specifier), 'utf8'));
}

async function packageVersion(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(manifestPath(name), 'utf8')) as { version: string };
  return manifest.version;
}

/** opencc-js does not export its package.json: walk up from its entry point instead. */
function manifestPath(name: string): string {
  try {
    return require.resolve(`${name}/package.json`);
  } catch {
    let folder = dirname(require.resolve(name));
    while (basename(folder) !== name && dirname(folder) !== folder) folder = dirname(folder);
    return join(folder, 'package.json');
  }
}

async function localeNames(lang: 'zh' | 'en'): Promise<LocaleNames> {
  const locale = (await packageJson(`i18n-iso-countries/langs/${lang}.json`)) as {
    countries: LocaleNames;
  };
  return locale.countries;
}

function zoneExemplars(json: unknown, lang: 'zh' | 'en'): Record<string, string> {
  const file = json as {
    main: Record<string, { dates: { timeZoneNames: { zone: unknown } } }>;
  };
  return exemplarCities(file.main[lang]?.dates.timeZoneNames.zone);
}

/** The extract of world-countries copied into sources/world-countries: [cca3, latitude, longitude]. */
function worldCountryPoints(json: unknown): Record<string, readonly [number, number]> {
  const file = json as { points: [string, number, number][] };
  const points: Record<string, readonly [number, number]> = {};
  for (const [cca3, lat, lng] of file.points) points[cca3] = [lat, lng];
  return points;
}
