import { countryRoles, officeTypeIds, partnerTypes, pillars } from '../../domain/index.ts';
import type { CountryRole, OfficeTypeId, PartnerType, ReferenceFile } from '../../domain/index.ts';

/** One filter state for the whole app; it lives in the URL. */
export interface FilterState {
  readonly pillar: string | null;
  readonly theme: string | null;
  readonly partnerType: PartnerType | null;
  readonly partner: string | null;
  readonly region: string | null;
  readonly subregion: string | null;
  readonly country: string | null;
  readonly role: CountryRole | null;
  readonly officeType: OfficeTypeId | null;
  /** Free text searched in the records' sentences. */
  readonly q: string;
}

export type FilterKey = keyof FilterState;

export const FILTER_KEYS: readonly FilterKey[] = [
  'pillar',
  'theme',
  'partnerType',
  'partner',
  'region',
  'subregion',
  'country',
  'role',
  'officeType',
  'q',
];

export const emptyFilters: FilterState = {
  pillar: null,
  theme: null,
  partnerType: null,
  partner: null,
  region: null,
  subregion: null,
  country: null,
  role: null,
  officeType: null,
  q: '',
};

export interface DroppedValue {
  readonly key: string;
  readonly value: string;
}

/** The values each key may take, from the reference data. */
export function allowedValues(
  reference: ReferenceFile,
): Record<Exclude<FilterKey, 'q'>, ReadonlySet<string>> {
  return {
    pillar: new Set<string>(pillars),
    theme: new Set(
      reference.themes.filter((theme) => theme.parent !== null).map((theme) => theme.id),
    ),
    partnerType: new Set<string>(partnerTypes),
    partner: new Set(reference.partners.map((partner) => partner.id)),
    region: new Set(
      reference.countries.flatMap((country) => (country.region ? [country.region.code] : [])),
    ),
    subregion: new Set(
      reference.countries.flatMap((country) => (country.subregion ? [country.subregion.code] : [])),
    ),
    country: new Set(reference.countries.map((country) => country.iso3)),
    role: new Set<string>(countryRoles),
    officeType: new Set<string>(officeTypeIds),
  };
}

/** Reads the filters from the URL; values the data does not know are dropped and reported. */
export function parseFilters(
  params: URLSearchParams,
  reference: ReferenceFile,
): { filters: FilterState; dropped: DroppedValue[] } {
  const allowed = allowedValues(reference);
  const dropped: DroppedValue[] = [];
  const filters: Record<string, string | null> = { ...emptyFilters };
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value === null) continue;
    if (key === 'q') {
      filters.q = value.slice(0, 200);
      continue;
    }
    if (allowed[key].has(value)) filters[key] = value;
    else dropped.push({ key, value });
  }
  return { filters: filters as unknown as FilterState, dropped };
}

/** Removes the dropped values from URL parameters, leaving a key alone if it changed since. */
export function removeDropped(params: URLSearchParams, dropped: readonly DroppedValue[]): void {
  for (const { key, value } of dropped) if (params.get(key) === value) params.delete(key);
}

/** Writes the filters into URL parameters, leaving other parameters (language, source) alone. */
export function writeFilters(params: URLSearchParams, filters: FilterState): void {
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === null || value === '') params.delete(key);
    else params.set(key, value);
  }
}

export function activeFilters(filters: FilterState): { key: FilterKey; value: string }[] {
  return FILTER_KEYS.flatMap((key) => {
    const value = filters[key];
    return value === null || value === '' ? [] : [{ key, value }];
  });
}
