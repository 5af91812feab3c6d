import type { ActivityRecord, ReferenceFile } from '../../domain/index.ts';
import type { FilterKey, FilterState } from './filter-state.ts';
import { searchTest } from './search-text.ts';

type RecordTest = (record: ActivityRecord) => boolean;

const partnerTypeCache = new WeakMap<ReferenceFile, ReadonlyMap<string, string>>();

/** Partner id to partner type, built once per reference file. */
function partnerTypesOf(reference: ReferenceFile): ReadonlyMap<string, string> {
  let types = partnerTypeCache.get(reference);
  if (!types) {
    types = new Map(reference.partners.map((partner) => [partner.id, partner.type]));
    partnerTypeCache.set(reference, types);
  }
  return types;
}

/** The test of every filter that is set, with its key. */
function activeTests(
  filters: FilterState,
  reference: ReferenceFile,
): (readonly [FilterKey, RecordTest])[] {
  const tests: (readonly [FilterKey, RecordTest])[] = [];
  const set = (key: FilterKey) => filters[key] !== null && filters[key] !== '';
  const { pillar, theme, partner, partnerType, region, subregion, country, role, officeType } =
    filters;
  if (set('pillar')) tests.push(['pillar', (record) => record.themes.includes(pillar ?? '')]);
  if (set('theme')) tests.push(['theme', (record) => record.themes.includes(theme ?? '')]);
  if (set('partner')) tests.push(['partner', (record) => record.partners.includes(partner ?? '')]);
  if (set('partnerType')) {
    const types = partnerTypesOf(reference);
    tests.push([
      'partnerType',
      (record) => record.partners.some((id) => types.get(id) === partnerType),
    ]);
  }
  if (set('region')) tests.push(['region', (record) => record.region === region]);
  if (set('subregion')) tests.push(['subregion', (record) => record.subregion === subregion]);
  if (set('country')) tests.push(['country', (record) => record.country === country]);
  if (set('role')) tests.push(['role', (record) => record.role === role]);
  if (set('officeType')) tests.push(['officeType', (record) => record.officeType === officeType]);
  if (set('q')) {
    tests.push(['q', searchTest(filters.q, reference)]);
  }
  return tests;
}

/** Pure selection of the records the filters let through; `except` ignores one key (for facet counts). */
export function selectRecords(
  records: readonly ActivityRecord[],
  filters: FilterState,
  reference: ReferenceFile,
  except?: FilterKey,
): ActivityRecord[] {
  const tests = activeTests(filters, reference)
    .filter(([key]) => key !== except)
    .map(([, test]) => test);
  if (tests.length === 0) return [...records];
  return records.filter((record) => tests.every((test) => test(record)));
}

/**
 * For every key at once, in one pass: the records the filters let through when that key is
 * ignored (the same as `selectRecords(records, filters, reference, key)` for each key), handed
 * to `visit`. A record that fails no filter counts for every key; one that fails exactly one
 * filter counts for that key only.
 */
export function forEachFacet(
  records: readonly ActivityRecord[],
  filters: FilterState,
  reference: ReferenceFile,
  visit: (record: ActivityRecord, key: FilterKey | null) => void,
): void {
  const tests = activeTests(filters, reference);
  for (const record of records) {
    let failed: FilterKey | null = null;
    let failures = 0;
    for (const [key, test] of tests) {
      if (test(record)) continue;
      failures += 1;
      failed = key;
      if (failures > 1) break;
    }
    // null: the record passes every filter, so it counts whichever key is ignored.
    if (failures === 0) visit(record, null);
    else if (failures === 1) visit(record, failed);
  }
}

/** How many of the records carry each value of a key (records with several values count once each). */
export function countBy(
  records: readonly ActivityRecord[],
  valuesOf: (record: ActivityRecord) => readonly (string | null)[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records) {
    for (const value of new Set(valuesOf(record))) {
      if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return counts;
}

/** The paragraphs behind a set of records, in report order. */
export function sourceParagraphs(
  records: readonly ActivityRecord[],
): { report: string; paragraph: number }[] {
  const seen = new Map<string, { report: string; paragraph: number }>();
  for (const record of records)
    seen.set(`${record.report}:${record.paragraph}`, {
      report: record.report,
      paragraph: record.paragraph,
    });
  return [...seen.values()].sort(
    (a, b) => a.report.localeCompare(b.report) || a.paragraph - b.paragraph,
  );
}
