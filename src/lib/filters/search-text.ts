import type { ActivityRecord, Partner, ReferenceFile } from '../../domain/index.ts';

/**
 * Free-text search over what a reader can name in either language: the record's sentence
 * (report text) and the Chinese and English names of its countries (the record's own and every
 * country its sentence names, so that "Liberia" finds what "利比里亚" finds), partners with their
 * acronyms and aliases, themes and pillars, and office type.
 *
 * A query is matched against the reference names once (a few hundred entries), then each record
 * is checked by id: per record only its folded sentence is kept, not a copy of every name.
 */

/** Case, width and outer spaces folded, so that "ＵＮＤＰ ", "undp" and "UNDP" are one query. */
export function normaliseSearch(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

type FoldedNames = ReadonlyMap<string, readonly string[]>;

interface NameIndex {
  readonly countries: FoldedNames;
  readonly partners: FoldedNames;
  readonly themes: FoldedNames;
  readonly officeTypes: FoldedNames;
}

const folded = (names: readonly (string | null | undefined)[]) =>
  names.filter((name): name is string => Boolean(name)).map(normaliseSearch);

// A per-country instance (司法部（利比里亚）) is found by its own names only: the generic body's
// aliases can name one country ("Law Reform Commission of Liberia") and would mislead elsewhere.
const partnerNames = (partner: Partner) =>
  folded([partner.names.zh, partner.names.en, ...partner.acronyms, ...partner.aliases]);

function buildNameIndex(reference: ReferenceFile): NameIndex {
  return {
    countries: new Map(
      reference.countries.map(({ iso3, names, aliases }) => [
        iso3,
        folded([
          names.zh,
          names.en,
          names.zhFormal,
          names.enFormal,
          ...aliases.map((alias) => alias.text),
        ]),
      ]),
    ),
    partners: new Map(reference.partners.map((partner) => [partner.id, partnerNames(partner)])),
    themes: new Map(reference.themes.map(({ id, labels }) => [id, folded([labels.zh, labels.en])])),
    officeTypes: new Map(
      reference.officeTypes.map(({ id, labels }) => [id, folded([labels.zh, labels.en])]),
    ),
  };
}

interface RecordText {
  readonly sentence: string;
  /** The record's country and every country its sentence names. */
  readonly countries: readonly string[];
}

function buildRecordText(record: ActivityRecord): RecordText {
  const countries = new Set<string>();
  if (record.country) countries.add(record.country);
  for (const span of record.evidence.spans) {
    if (span.kind === 'country' && span.ref) countries.add(span.ref);
  }
  return { sentence: normaliseSearch(record.evidence.sentence), countries: [...countries] };
}

const nameIndexes = new WeakMap<ReferenceFile, NameIndex>();
const recordTexts = new WeakMap<ActivityRecord, RecordText>();

function nameIndexOf(reference: ReferenceFile): NameIndex {
  let index = nameIndexes.get(reference);
  if (!index) {
    index = buildNameIndex(reference);
    nameIndexes.set(reference, index);
  }
  return index;
}

function recordTextOf(record: ActivityRecord): RecordText {
  let text = recordTexts.get(record);
  if (!text) {
    text = buildRecordText(record);
    recordTexts.set(record, text);
  }
  return text;
}

function idsNaming(names: FoldedNames, query: string): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const [id, forms] of names) if (forms.some((form) => form.includes(query))) ids.add(id);
  return ids;
}

/** The test a record passes when it matches the query (an empty query lets every record through). */
export function searchTest(
  query: string,
  reference: ReferenceFile,
): (record: ActivityRecord) => boolean {
  const q = normaliseSearch(query);
  if (q === '') return () => true;
  const names = nameIndexOf(reference);
  const countries = idsNaming(names.countries, q);
  const partners = idsNaming(names.partners, q);
  const themes = idsNaming(names.themes, q);
  const officeTypes = idsNaming(names.officeTypes, q);
  return (record) => {
    const text = recordTextOf(record);
    return (
      text.sentence.includes(q) ||
      text.countries.some((iso3) => countries.has(iso3)) ||
      record.partners.some((id) => partners.has(id)) ||
      record.themes.some((id) => themes.has(id)) ||
      (record.officeType !== null && officeTypes.has(record.officeType))
    );
  };
}
