import type { ActivityRecord } from '../../domain/index.ts';

/**
 * The one count model of the dashboard. A record is one sentence of a report in one country (a
 * sentence with no country is one record of global work); every view counts records, whatever the
 * country's role, and says so. Sentences and paragraphs count the distinct ones behind the records.
 */
export interface ViewCounts {
  readonly records: number;
  readonly sentences: number;
  readonly paragraphs: number;
  /** Distinct countries named in the records, whatever the role. */
  readonly countries: number;
  /** Countries with at least one record of work in the country (role "activity"). */
  readonly countriesWithWork: number;
  /** Records with no country: global or regional work, not on the map. */
  readonly withoutCountry: number;
}

const paragraphKey = (record: ActivityRecord) => `${record.report}\u0000${record.paragraph}`;
const sentenceKey = (record: ActivityRecord) => `${paragraphKey(record)}\u0000${record.sentence}`;

export function countView(records: readonly ActivityRecord[]): ViewCounts {
  const sentences = new Set<string>();
  const paragraphs = new Set<string>();
  const countries = new Set<string>();
  const countriesWithWork = new Set<string>();
  let withoutCountry = 0;
  for (const record of records) {
    paragraphs.add(paragraphKey(record));
    sentences.add(sentenceKey(record));
    if (record.country === null) withoutCountry += 1;
    else {
      countries.add(record.country);
      if (record.role === 'activity') countriesWithWork.add(record.country);
    }
  }
  return {
    records: records.length,
    sentences: sentences.size,
    paragraphs: paragraphs.size,
    countries: countries.size,
    countriesWithWork: countriesWithWork.size,
    withoutCountry,
  };
}

/** What a chart counts: records (sentence × country), distinct sentences, or distinct paragraphs. */
export const countUnits = ['records', 'sentences', 'paragraphs'] as const;
export type CountUnit = (typeof countUnits)[number];

export function parseCountUnit(value: string | null): CountUnit {
  return countUnits.find((unit) => unit === value) ?? 'records';
}

/** The records counted in a unit: a sentence naming twenty countries is twenty records, one sentence. */
export function countOf(records: readonly ActivityRecord[], unit: CountUnit): number {
  if (unit === 'records') return records.length;
  const key = unit === 'sentences' ? sentenceKey : paragraphKey;
  return new Set(records.map(key)).size;
}
