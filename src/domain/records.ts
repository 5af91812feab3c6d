import { z } from './zod.ts';
import { metaSchema } from './meta.ts';
import { officeTypeIds } from './reference.ts';
import { countryRoles, tagKinds } from './activities.ts';
import type { ActivityRecord, Tag } from './activities.ts';

/**
 * records.json: the records of activities.json stored once per sentence. What activities.json
 * repeats for every country of a sentence (its text, spans, themes, partners) is kept once, and
 * what can be read elsewhere is left out: the sentence text and each span's text are slices of the
 * paragraph text in paragraphs.json, the region and subregion come from the country in
 * reference.json, and the id is `report:paragraph:sentence:country` ("none" without a country).
 * `expandRecords` gives back exactly the records of activities.json, in their order when the
 * records of a sentence come together (as prep writes them).
 */
export const RECORDS_FORMAT = 'sentence-rows/1';

/** [kind, start, end, ref, rule, role]: a tag without its text (paragraph offsets). */
export const compactSpanSchema = z.tuple([
  z.enum(tagKinds),
  z.number().int().nonnegative(),
  z.number().int().positive(),
  z.string().nullable(),
  z.string(),
  z.enum(countryRoles).nullable(),
]);

/**
 * [country, role, officeType, officeRule, placeInherited, placeFrom, placeFromParagraph]: one record
 * of the sentence. A sentence with no country has one place whose country is null.
 */
export const compactPlaceSchema = z.tuple([
  z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  z.enum(countryRoles).nullable(),
  z.enum(officeTypeIds).nullable(),
  z.string().nullable(),
  z.boolean(),
  z.number().int().nonnegative().nullable(),
  z.number().int().positive().nullable(),
]);

export const sentenceRowSchema = z.object({
  report: z.string(),
  paragraph: z.number().int().positive(),
  sentence: z.number().int().nonnegative(),
  /** The sentence's offsets in the paragraph text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  themes: z.array(z.string()),
  partners: z.array(z.string()),
  mechanisms: z.array(z.string()),
  workRule: z.string().nullable(),
  topicFrom: z.number().int().nonnegative().nullable(),
  spans: z.array(compactSpanSchema),
  places: z.array(compactPlaceSchema).min(1),
});

export const recordsFileSchema = z.object({
  meta: metaSchema,
  format: z.literal(RECORDS_FORMAT),
  sentences: z.array(sentenceRowSchema),
});

export type CompactSpan = z.infer<typeof compactSpanSchema>;
export type CompactPlace = z.infer<typeof compactPlaceSchema>;
export type SentenceRow = z.infer<typeof sentenceRowSchema>;
export type RecordsFile = z.infer<typeof recordsFileSchema>;

/** Where a paragraph's text and a country's regions are looked up while expanding. */
export interface ExpandLookups {
  readonly paragraphText: (report: string, paragraph: number) => string | undefined;
  readonly regionsOf: (
    iso3: string,
  ) => { readonly region: string | null; readonly subregion: string | null } | undefined;
}

export const recordId = (
  report: string,
  paragraph: number,
  sentence: number,
  country: string | null,
) => `${report}:${paragraph}:${sentence}:${country ?? 'none'}`;

/**
 * Groups records by sentence, in the order their first record comes. Records of one sentence
 * share their themes, partners and spans as the pipeline writes them; one a reviewed correction
 * changed gets a row of its own for the same sentence, so that any records come back exactly.
 */
export function compactRecords(records: readonly ActivityRecord[]): SentenceRow[] {
  const rows = new Map<string, SentenceRow>();
  for (const record of records) {
    const key = JSON.stringify([
      record.report,
      record.paragraph,
      record.sentence,
      record.themes,
      record.partners,
      record.mechanisms,
      record.workRule ?? null,
      record.topicFrom ?? null,
      record.evidence,
    ]);
    let row = rows.get(key);
    if (!row) {
      row = {
        report: record.report,
        paragraph: record.paragraph,
        sentence: record.sentence,
        start: record.evidence.sentenceStart,
        end: record.evidence.sentenceStart + record.evidence.sentence.length,
        themes: record.themes,
        partners: record.partners,
        mechanisms: record.mechanisms,
        workRule: record.workRule ?? null,
        topicFrom: record.topicFrom ?? null,
        spans: record.evidence.spans.map((span) => [
          span.kind,
          span.start,
          span.end,
          span.ref,
          span.rule,
          span.role,
        ]),
        places: [],
      };
      rows.set(key, row);
    }
    row.places.push([
      record.country,
      record.role,
      record.officeType,
      record.officeRule ?? null,
      record.placeInherited,
      record.placeFrom ?? null,
      record.placeFromParagraph ?? null,
    ]);
  }
  return [...rows.values()];
}

/** A sentence row that cannot be expanded: its paragraph, country or offsets are not in the data. */
export class RecordsLookupError extends Error {}

/**
 * The records of activities.json from records.json. Spans are shared by the records of one
 * sentence (they are read-only). Throws RecordsLookupError naming the row when its paragraph is
 * missing, its offsets fall outside the text, or its country is unknown.
 */
export function expandRecords(
  rows: readonly SentenceRow[],
  lookups: ExpandLookups,
): ActivityRecord[] {
  const records: ActivityRecord[] = [];
  for (const row of rows) {
    const where = `${row.report} ¶${row.paragraph} sentence ${row.sentence}`;
    const text = lookups.paragraphText(row.report, row.paragraph);
    if (text === undefined) throw new RecordsLookupError(`${where}: no such paragraph`);
    if (row.end > text.length || row.start >= row.end) {
      throw new RecordsLookupError(
        `${where}: offsets ${row.start}–${row.end} outside the paragraph`,
      );
    }
    const spans: Tag[] = row.spans.map(([kind, start, end, ref, rule, role]) => {
      if (end > text.length || start >= end) {
        throw new RecordsLookupError(`${where}: span ${start}–${end} outside the paragraph`);
      }
      return { kind, start, end, text: text.slice(start, end), ref, rule, role };
    });
    const evidence = { sentence: text.slice(row.start, row.end), sentenceStart: row.start, spans };
    for (const [
      country,
      role,
      officeType,
      officeRule,
      placeInherited,
      placeFrom,
      placeFromParagraph,
    ] of row.places) {
      const regions =
        country === null ? { region: null, subregion: null } : lookups.regionsOf(country);
      if (!regions) throw new RecordsLookupError(`${where}: unknown country ${country}`);
      records.push({
        id: recordId(row.report, row.paragraph, row.sentence, country),
        report: row.report,
        paragraph: row.paragraph,
        sentence: row.sentence,
        country,
        role,
        region: regions.region,
        subregion: regions.subregion,
        officeType,
        themes: row.themes,
        partners: row.partners,
        mechanisms: row.mechanisms,
        placeInherited,
        ...(row.workRule === null ? {} : { workRule: row.workRule }),
        officeRule,
        placeFrom,
        ...(placeFromParagraph === null ? {} : { placeFromParagraph }),
        topicFrom: row.topicFrom,
        evidence,
      });
    }
  }
  return records;
}
