import type { ActivityRecord, ReferenceFile } from '../../domain/index.ts';
import type { FilterKey, FilterState } from './filter-state.ts';

/** Pure selection of the records the filters let through; `except` ignores one key (for facet counts). */
export function selectRecords(
  records: readonly ActivityRecord[],
  filters: FilterState,
  reference: ReferenceFile,
  except?: FilterKey,
): ActivityRecord[] {
  const partnerTypes = new Map(reference.partners.map((partner) => [partner.id, partner.type]));
  const query = filters.q.trim().toLowerCase();
  const on = (key: FilterKey) => key !== except && filters[key] !== null && filters[key] !== '';
  return records.filter(
    (record) =>
      (!on('pillar') || record.themes.includes(filters.pillar ?? '')) &&
      (!on('theme') || record.themes.includes(filters.theme ?? '')) &&
      (!on('partner') || record.partners.includes(filters.partner ?? '')) &&
      (!on('partnerType') ||
        record.partners.some((id) => partnerTypes.get(id) === filters.partnerType)) &&
      (!on('region') || record.region === filters.region) &&
      (!on('subregion') || record.subregion === filters.subregion) &&
      (!on('country') || record.country === filters.country) &&
      (!on('role') || record.role === filters.role) &&
      (!on('officeType') || record.officeType === filters.officeType) &&
      (!on('q') || record.evidence.sentence.toLowerCase().includes(query)),
  );
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
