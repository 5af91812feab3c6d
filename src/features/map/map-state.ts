import { countryRoles } from '../../domain/index.ts';
import type { ActivityRecord, Country, CountryRole, ReferenceFile } from '../../domain/index.ts';
import { selectRecords } from '../../lib/filters/select-records.ts';
import type { FilterState } from '../../lib/filters/filter-state.ts';
import { CENTRAL_MERIDIAN } from './map-geometry.ts';
import { NEUTRAL_FILL, colourScale } from './map-scale-state.ts';
import type { ColourScale } from './map-scale-state.ts';
import type { ProjectedMap } from './map-geometry.ts';
import { CHANGE_FILLS } from './map-change-state.ts';
import type { MapComparison } from './map-change-state.ts';

export interface CountryCounts {
  readonly iso3: string;
  /** Every record of the country, whatever its role: the number the map shows (one count model). */
  readonly total: number;
  readonly byRole: Readonly<Record<CountryRole, number>>;
  /**
   * False when the country is only a participant, venue, mechanism, lead or a mention: no work
   * reported in it, drawn hatched.
   */
  readonly hasActivity: boolean;
}

/**
 * The records the map colours: the current filters, except that a country filter does not empty
 * the rest of the map (the chosen country is outlined instead, and another one stays clickable).
 */
export function mapRecords(
  filtered: readonly ActivityRecord[],
  all: readonly ActivityRecord[],
  filters: FilterState,
  reference: ReferenceFile,
): readonly ActivityRecord[] {
  return filters.country === null ? filtered : selectRecords(all, filters, reference, 'country');
}

function emptyRoles(): Record<CountryRole, number> {
  return Object.fromEntries(countryRoles.map((role) => [role, 0])) as Record<CountryRole, number>;
}

/** Per-country counts by role; records without a country (global work) are not on the map. */
export function countByCountry(records: readonly ActivityRecord[]): Map<string, CountryCounts> {
  const roles = new Map<string, Record<CountryRole, number>>();
  for (const record of records) {
    if (record.country === null) continue;
    const counts = roles.get(record.country) ?? emptyRoles();
    counts[record.role ?? 'activity'] += 1;
    roles.set(record.country, counts);
  }
  const result = new Map<string, CountryCounts>();
  for (const [iso3, byRole] of roles) {
    const total = countryRoles.reduce((sum, role) => sum + byRole[role], 0);
    result.set(iso3, { iso3, total, byRole, hasActivity: byRole.activity > 0 });
  }
  return result;
}

/** Reference countries by ISO 3166-1 numeric, the key world-atlas uses. */
export function countriesByNumeric(reference: ReferenceFile): Map<string, Country> {
  const byNumeric = new Map<string, Country>();
  for (const country of reference.countries)
    if (country.isoNumeric !== null) byNumeric.set(country.isoNumeric, country);
  return byNumeric;
}

/** Each atlas feature's country; null for features without an id (disputed areas: drawn neutral). */
export function joinFeatures(map: ProjectedMap, reference: ReferenceFile): (Country | null)[] {
  const byNumeric = countriesByNumeric(reference);
  return map.features.map((feature) =>
    feature.atlas.id === null ? null : (byNumeric.get(feature.atlas.id) ?? null),
  );
}

/**
 * A country drawn smaller than this share of the map's width squared gets a marker: 20 px² on a
 * 1,000 px wide map (a speck of about 4 × 5 px), scaled so that the same countries get markers
 * at any width.
 */
export const SMALL_AREA_SHARE = 20 / 1_000_000;

export interface Marker {
  readonly iso3: string;
  readonly x: number;
  readonly y: number;
  /** Why: the atlas has no polygon for it, or only a speck. */
  readonly reason: 'missing' | 'small';
}

/** Markers for countries with records that the atlas drops or shrinks to a speck. */
export function smallStateMarkers(
  map: ProjectedMap,
  countries: readonly (Country | null)[],
  counts: ReadonlyMap<string, CountryCounts>,
  reference: ReferenceFile,
): Marker[] {
  const drawn = new Map<string, number>();
  countries.forEach((country, index) => {
    const area = map.features[index]?.area ?? 0;
    if (country) drawn.set(country.iso3, (drawn.get(country.iso3) ?? 0) + area);
  });
  const threshold = SMALL_AREA_SHARE * map.width * map.width;
  const markers: Marker[] = [];
  for (const country of reference.countries) {
    if ((counts.get(country.iso3)?.total ?? 0) === 0 || country.centroid === null) continue;
    const area = drawn.get(country.iso3);
    if (area !== undefined && area >= threshold) continue;
    const point = map.project(country.centroid);
    if (point === null) continue;
    markers.push({
      iso3: country.iso3,
      x: point[0],
      y: point[1],
      reason: area === undefined ? 'missing' : 'small',
    });
  }
  return markers;
}

export interface Ranked {
  readonly id: string;
  readonly count: number;
}

export interface CountryDetails {
  readonly counts: CountryCounts;
  /** Roles with at least one record, in the contract's order. */
  readonly roles: readonly { readonly role: CountryRole; readonly count: number }[];
  readonly themes: readonly Ranked[];
  readonly partners: readonly Ranked[];
}

function topIds(
  lists: readonly (readonly string[])[],
  limit: number,
  keep = (_id: string) => true,
) {
  const counts = new Map<string, number>();
  for (const list of lists)
    for (const id of new Set(list)) if (keep(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}

/** What the tooltip says about one country: records by role, top themes (not pillars) and partners. */
export function countryDetails(
  records: readonly ActivityRecord[],
  counts: CountryCounts,
  reference: ReferenceFile,
  limit = 3,
): CountryDetails {
  const own = records.filter((record) => record.country === counts.iso3);
  const specific = new Set(
    reference.themes.filter((theme) => theme.parent !== null).map((theme) => theme.id),
  );
  return {
    counts,
    roles: countryRoles
      .map((role) => ({ role, count: counts.byRole[role] }))
      .filter((entry) => entry.count > 0),
    themes: topIds(
      own.map((record) => record.themes),
      limit,
      (id) => specific.has(id),
    ),
    partners: topIds(
      own.map((record) => record.partners),
      limit,
    ),
  };
}

/** The records behind a country on the map, for its sources: every one its number counts. */
export function countryRecords(records: readonly ActivityRecord[], iso3: string): ActivityRecord[] {
  return records.filter((record) => record.country === iso3);
}

/** Longitude as the map lays it out (−180 at its left edge), for a west-to-east keyboard order. */
export function mapLongitude(country: Country): number {
  const longitude = country.centroid?.[0] ?? 0;
  return ((((longitude - CENTRAL_MERIDIAN) % 360) + 540) % 360) - 180;
}

/** One atlas feature as drawn: neutral, or coloured and (unless a marker stands for it) a button. */
export interface Shape {
  readonly key: string;
  readonly path: string;
  readonly fill: string;
  readonly iso3: string | null;
  readonly count: number;
  /** No record in the activity role: drawn hatched. */
  readonly hatched: boolean;
  /** Focusable and clickable; false for neutral land and for countries drawn as a marker. */
  readonly interactive: boolean;
}

export interface MapModel {
  readonly counts: ReadonlyMap<string, CountryCounts>;
  readonly scale: ColourScale;
  /** Neutral land first, then coloured countries west to east (the keyboard order). */
  readonly shapes: readonly Shape[];
  readonly markers: readonly Marker[];
  readonly countries: ReadonlyMap<string, Country>;
  /** Set when the colour shows the change between two reports instead of the records' count. */
  readonly comparison: MapComparison | null;
  /** How a country with records is drawn (its shapes and its marker alike). */
  readonly styleOf: (iso3: string) => { readonly fill: string; readonly hatched: boolean };
}

/**
 * Everything the map draws for one size and one set of records: coloured by each country's count,
 * or, given a comparison of two reports, by its change (new, more, same, fewer, gone); hatching for
 * countries without work is then left out, as the colour says something else.
 */
export function buildMapModel(
  map: ProjectedMap,
  records: readonly ActivityRecord[],
  reference: ReferenceFile,
  comparison: MapComparison | null = null,
): MapModel {
  const counts = countByCountry(records);
  const scale = colourScale(Math.max(0, ...[...counts.values()].map((entry) => entry.total)));
  const styleOf = (iso3: string) => {
    const entry = counts.get(iso3);
    const status = comparison?.byCountry.get(iso3)?.status;
    if (comparison) return { fill: status ? CHANGE_FILLS[status] : NEUTRAL_FILL, hatched: false };
    return { fill: scale.colourOf(entry?.total ?? 0), hatched: entry ? !entry.hasActivity : false };
  };
  const joined = joinFeatures(map, reference);
  const markers = smallStateMarkers(map, joined, counts, reference);
  const marked = new Set(markers.map((marker) => marker.iso3));
  const shapes = map.features.map((feature, index): Shape & { longitude: number } => {
    const country = joined[index] ?? null;
    const entry = country ? counts.get(country.iso3) : undefined;
    const count = entry?.total ?? 0;
    const style =
      count > 0 && country ? styleOf(country.iso3) : { fill: NEUTRAL_FILL, hatched: false };
    return {
      key: `f${feature.atlas.index}`,
      path: feature.path,
      fill: style.fill,
      iso3: count > 0 && country ? country.iso3 : null,
      count,
      hatched: style.hatched,
      interactive: count > 0 && country !== null && !marked.has(country.iso3),
      longitude: country ? mapLongitude(country) : 0,
    };
  });
  const ordered = [
    ...shapes.filter((shape) => shape.count === 0),
    ...shapes.filter((shape) => shape.count > 0).sort((a, b) => a.longitude - b.longitude),
  ].map(({ longitude: _longitude, ...shape }) => shape);
  return {
    counts,
    scale,
    shapes: ordered,
    markers: markers.sort((a, b) => a.x - b.x),
    countries: new Map(reference.countries.map((country) => [country.iso3, country])),
    comparison,
    styleOf,
  };
}
