import type { ActivityRecord, ReferenceFile } from '../../domain/index.ts';
import type { FilterState } from '../../lib/filters/filter-state.ts';
import { selectRecords } from '../../lib/filters/select-records.ts';

export interface AreaNames {
  readonly zh: string;
  readonly en: string;
}

export interface AreaRow {
  readonly code: string;
  readonly names: AreaNames;
  /** Records of the area, whatever the country's role (as on the map). */
  readonly records: number;
  /** Countries with at least one such record. */
  readonly countries: number;
}

export interface RegionRow extends AreaRow {
  /** Sub-regions with records, most records first. */
  readonly subregions: readonly AreaRow[];
}

export interface RegionAggregation {
  /** Every M49 region of the reference, most records first. */
  readonly regions: readonly RegionRow[];
  /** Records with a country or region: the total the rows share. */
  readonly placed: number;
  /** Records with no country and no region: global work, not on the map. */
  readonly global: number;
}

/** M49 region and sub-region names and their parent, from the reference countries. */
export function m49Areas(reference: ReferenceFile) {
  const regions = new Map<string, AreaNames>();
  const subregions = new Map<string, { names: AreaNames; region: string }>();
  for (const country of reference.countries) {
    const { region, subregion } = country;
    if (region) regions.set(region.code, { zh: region.zh, en: region.en });
    if (subregion && region)
      subregions.set(subregion.code, {
        names: { zh: subregion.zh, en: subregion.en },
        region: region.code,
      });
  }
  return { regions, subregions };
}

/**
 * The records the region view counts: the current filters except region and sub-region, so that
 * every region keeps its count and the chosen one can be changed from the table.
 */
export function regionViewRecords(
  filtered: readonly ActivityRecord[],
  all: readonly ActivityRecord[],
  filters: FilterState,
  reference: ReferenceFile,
): readonly ActivityRecord[] {
  if (filters.region === null && filters.subregion === null) return filtered;
  return selectRecords(all, { ...filters, region: null, subregion: null }, reference);
}

function byRecords(a: AreaRow, b: AreaRow): number {
  return b.records - a.records || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export function aggregateByRegion(
  records: readonly ActivityRecord[],
  reference: ReferenceFile,
): RegionAggregation {
  const areas = m49Areas(reference);
  const tally = new Map<string, { records: number; countries: Set<string> }>();
  const add = (code: string, country: string | null) => {
    const entry = tally.get(code) ?? { records: 0, countries: new Set<string>() };
    entry.records += 1;
    if (country !== null) entry.countries.add(country);
    tally.set(code, entry);
  };
  let placed = 0;
  let global = 0;
  for (const record of records) {
    if (record.region === null && record.country === null) {
      global += 1;
      continue;
    }
    placed += 1;
    if (record.region !== null) add(`r${record.region}`, record.country);
    if (record.subregion !== null) add(`s${record.subregion}`, record.country);
  }
  const row = (key: string, code: string, names: AreaNames): AreaRow => ({
    code,
    names,
    records: tally.get(key)?.records ?? 0,
    countries: tally.get(key)?.countries.size ?? 0,
  });
  const regions = [...areas.regions].map(([code, names]) => ({
    ...row(`r${code}`, code, names),
    subregions: [...areas.subregions]
      .filter(([, sub]) => sub.region === code)
      .map(([subCode, sub]) => row(`s${subCode}`, subCode, sub.names))
      .filter((sub) => sub.records > 0)
      .sort(byRecords),
  }));
  return { regions: regions.sort(byRecords), placed, global };
}
