import { createColumnHelper } from '@tanstack/react-table';
import type {
  ActivityRecord,
  FootnoteRef,
  ParagraphsFile,
  ReferenceFile,
  Tag,
  TagKind,
} from '../../domain/index.ts';
import { collatorOf } from '../../lib/i18n/locale.ts';
import {
  footnoteRefsIn,
  splitTextByFootnoteRefs,
} from '../../lib/provenance/split-text-by-footnote-refs.ts';
import type { Language, Translate } from '../../lib/i18n/messages.ts';
import { numberSort, textSort } from './table-features.ts';
import type { DashboardTableFeatures } from './table-features.ts';

export type { Translate };

export const RECORDS_PAGE_SIZE = 25;

export interface PartnerName {
  readonly id: string;
  readonly name: string;
  readonly acronym: string | null;
}

/** One row of the records table, with every name already in the chosen language. */
export interface RecordRow {
  readonly id: string;
  readonly report: string;
  /** The report's place in the series, oldest first: rows sort by it before the paragraph. */
  readonly reportIndex: number;
  readonly paragraph: number;
  readonly sentenceIndex: number;
  readonly countryCode: string | null;
  readonly country: string;
  readonly role: string;
  readonly officeType: string;
  readonly themes: readonly string[];
  readonly partners: readonly PartnerName[];
  readonly sentence: string;
  readonly segments: readonly Segment[];
}

export interface Segment {
  readonly text: string;
  /** The innermost tag covering this piece of the sentence, or null for plain text. */
  readonly tag: Tag | null;
  /** Set when the piece is a footnote marker of the report text: the footnote's number. */
  readonly footnote?: number;
}

/**
 * Splits a sentence into plain and tagged pieces, and footnote markers. Spans and footnote refs
 * are paragraph offsets; the sentence starts at `sentenceStart`. Where tags nest (a country
 * inside a title), the innermost wins.
 */
export function highlightSegments(
  sentence: string,
  sentenceStart: number,
  spans: readonly Tag[],
  footnoteRefs: readonly FootnoteRef[] = [],
): Segment[] {
  const tagged = tagSegments(sentence, sentenceStart, spans);
  const refs = footnoteRefsIn(footnoteRefs, sentenceStart, sentence.length);
  if (refs.length === 0) return tagged;
  const segments: Segment[] = [];
  let offset = 0;
  for (const { text, tag } of tagged) {
    for (const part of splitTextByFootnoteRefs(text, footnoteRefsIn(refs, offset, text.length))) {
      segments.push(
        part.kind === 'text'
          ? { text: part.text, tag }
          : { text: part.text, tag, footnote: part.number },
      );
    }
    offset += text.length;
  }
  return segments;
}

function tagSegments(sentence: string, sentenceStart: number, spans: readonly Tag[]): Segment[] {
  const length = sentence.length;
  const local = spans
    .map((tag) => ({
      tag,
      start: Math.max(0, tag.start - sentenceStart),
      end: Math.min(length, tag.end - sentenceStart),
    }))
    .filter((span) => span.end > span.start);
  const cuts = [...new Set([0, length, ...local.flatMap((span) => [span.start, span.end])])].sort(
    (a, b) => a - b,
  );
  const segments: Segment[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const from = cuts[index] ?? 0;
    const to = cuts[index + 1] ?? length;
    const covering = local
      .filter((span) => span.start <= from && span.end >= to)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    const tag = covering[0]?.tag ?? null;
    const text = sentence.slice(from, to);
    const previous = segments.at(-1);
    if (previous && previous.tag === tag)
      segments[segments.length - 1] = { tag, text: previous.text + text };
    else segments.push({ text, tag });
  }
  return segments.filter((segment) => segment.text !== '');
}

/** The footnote markers of each record's paragraph, looked up once per paragraphs file. */
export function footnoteRefsOfRecords(
  paragraphs: ParagraphsFile,
): (record: ActivityRecord) => readonly FootnoteRef[] {
  const refs = new Map(
    paragraphs.paragraphs.map((paragraph) => [
      `${paragraph.report}\u0000${paragraph.number}`,
      paragraph.footnoteRefs,
    ]),
  );
  return (record) => refs.get(`${record.report}\u0000${record.paragraph}`) ?? [];
}

/**
 * Builds rows for one reference file, language and translation: lookup maps once, each record's
 * row once (cached on the record), and its highlighted segments only when a page shows it.
 */
export function recordRowBuilder(
  reference: ReferenceFile,
  language: Language,
  t: Translate,
  footnoteRefsOf: (record: ActivityRecord) => readonly FootnoteRef[] = () => [],
  reportOrder: readonly string[] = [],
): (record: ActivityRecord) => RecordRow {
  const reportIndex = new Map(reportOrder.map((symbol, index) => [symbol, index]));
  const countries = new Map(reference.countries.map((c) => [c.iso3, c.names[language]]));
  const offices = new Map(reference.officeTypes.map((o) => [o.id as string, o.labels[language]]));
  const partners = new Map(reference.partners.map((partner) => [partner.id, partner]));
  const themes = new Map<string, string[]>();
  const themesOf = (ids: readonly string[]) => {
    const key = ids.join('\u0000');
    let labels = themes.get(key);
    if (!labels) {
      labels = themeLabels(ids, reference, language);
      themes.set(key, labels);
    }
    return labels;
  };
  const global = t('global');
  const cache = new WeakMap<ActivityRecord, RecordRow>();
  const build = (record: ActivityRecord): RecordRow => {
    let segments: Segment[] | undefined;
    return {
      id: record.id,
      report: record.report,
      reportIndex: reportIndex.get(record.report) ?? 0,
      paragraph: record.paragraph,
      sentenceIndex: record.sentence,
      countryCode: record.country,
      country: record.country === null ? global : (countries.get(record.country) ?? record.country),
      role: record.role === null ? '' : t(`role.${record.role}`),
      officeType: record.officeType === null ? '' : (offices.get(record.officeType) ?? ''),
      themes: themesOf(record.themes),
      partners: record.partners.map((id) => {
        const partner = partners.get(id);
        return {
          id,
          name: partner?.names[language] ?? id,
          acronym: partner?.acronyms[0] ?? null,
        };
      }),
      sentence: record.evidence.sentence,
      get segments() {
        segments ??= highlightSegments(
          record.evidence.sentence,
          record.evidence.sentenceStart,
          record.evidence.spans,
          footnoteRefsOf(record),
        );
        return segments;
      },
    };
  };
  return (record) => {
    let row = cache.get(record);
    if (!row) {
      row = build(record);
      cache.set(record, row);
    }
    return row;
  };
}

export function recordRows(
  records: readonly ActivityRecord[],
  reference: ReferenceFile,
  language: Language,
  t: Translate,
): RecordRow[] {
  return records.map(recordRowBuilder(reference, language, t));
}

/**
 * A record's theme labels in reference order; a pillar is left out when one of its themes is
 * listed, since the theme says more ("Gender equality" rather than "Non-discrimination, Gender
 * equality").
 */
export function themeLabels(
  ids: readonly string[],
  reference: ReferenceFile,
  language: Language,
): string[] {
  const chosen = new Set(ids);
  const covered = new Set(
    reference.themes
      .filter((theme) => theme.parent !== null && chosen.has(theme.id))
      .map((theme) => theme.parent),
  );
  const known = reference.themes
    .filter((theme) => chosen.has(theme.id) && !covered.has(theme.id))
    .map((theme) => theme.labels[language]);
  const unknown = ids.filter((id) => !reference.themes.some((theme) => theme.id === id));
  return [...known, ...unknown];
}

/** How a partner reads in a cell: the acronym in English when there is one, else the name. */
export function partnerText(partner: PartnerName, language: Language): string {
  return language === 'en' && partner.acronym ? partner.acronym : partner.name;
}

export const recordColumnIds = [
  'paragraph',
  'country',
  'role',
  'officeType',
  'themes',
  'partners',
  'sentence',
] as const;
export type RecordColumnId = (typeof recordColumnIds)[number];

const helper = createColumnHelper<DashboardTableFeatures, RecordRow>();

/** Column definitions: what each column sorts on. Cells are rendered by the component. */
export function recordColumns(language: Language) {
  const collator = collatorOf(language, true);
  const text = textSort<RecordRow>(collator);
  return helper.columns([
    helper.accessor(
      (row) => (row.reportIndex * 100_000 + row.paragraph) * 1000 + row.sentenceIndex,
      {
        id: 'paragraph',
        sortFn: numberSort<RecordRow>(),
      },
    ),
    helper.accessor((row) => row.country, { id: 'country', sortFn: text }),
    helper.accessor((row) => row.role, { id: 'role', sortFn: text }),
    helper.accessor((row) => row.officeType, { id: 'officeType', sortFn: text }),
    helper.accessor((row) => row.themes.join(', '), { id: 'themes', sortFn: text }),
    helper.accessor((row) => row.partners.map((p) => partnerText(p, language)).join(', '), {
      id: 'partners',
      sortFn: text,
    }),
    helper.accessor((row) => row.sentence, { id: 'sentence', enableSorting: false }),
  ]);
}

export const tagKindOrder: readonly TagKind[] = [
  'country',
  'city',
  'partner',
  'office',
  'actor',
  'theme',
  'fund',
  'figure',
  'title',
];
