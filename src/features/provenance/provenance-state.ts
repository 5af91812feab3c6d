import type { DashboardData } from '../../lib/data/queries.ts';
import type { ParagraphRef, SourcesRequest } from '../../lib/provenance/sources-request.ts';
import type { Paragraph, Section, TagKind } from '../../domain/index.ts';
import { tagKinds } from '../../domain/index.ts';
import type { HighlightSpan } from './segment-text-by-tags.ts';

/** Why the records of one sentence exist: the rule that read it as work, and each place's origin. */
export interface RecordReason {
  readonly sentence: number;
  readonly text: string;
  /** Offset of the sentence in the paragraph text. */
  readonly textStart: number;
  readonly workRule: string | null;
  readonly places: readonly {
    readonly iso3: string | null;
    readonly role: string | null;
    /** The sentence an inherited place comes from. */
    readonly from: number | null;
    /** The paragraph an inherited place comes from, when it is another paragraph's office. */
    readonly fromParagraph: number | null;
    readonly officeType: string | null;
    readonly officeRule: string | null;
  }[];
  readonly themes: readonly string[];
  /** The sentence whose themes and partners this one took, referring back to it; null if its own. */
  readonly topicFrom: number | null;
  readonly partners: readonly string[];
}

export interface SourcesIndex {
  readonly paragraphs: ReadonlyMap<string, Paragraph>;
  readonly sections: ReadonlyMap<string, Section>;
  readonly spans: ReadonlyMap<string, readonly HighlightSpan[]>;
  readonly reasons: ReadonlyMap<string, readonly RecordReason[]>;
}

export interface SourceParagraph {
  readonly ref: ParagraphRef;
  /** Null when paragraphs.json has no such paragraph (the panel says so rather than hide it). */
  readonly paragraph: Paragraph | null;
  /** The section path from chapter down. */
  readonly sections: readonly Section[];
  readonly spans: readonly HighlightSpan[];
  readonly reasons: readonly RecordReason[];
}

const key = (report: string, id: string | number) => `${report}\u0000${id}`;

const indexCache = new WeakMap<DashboardData, SourcesIndex>();

/** Looks up every paragraph, section and tag once per data set (cached on the data). */
export function indexSources(data: DashboardData): SourcesIndex {
  let index = indexCache.get(data);
  if (!index) {
    index = buildIndex(data);
    indexCache.set(data, index);
  }
  return index;
}

function buildIndex(data: DashboardData): SourcesIndex {
  const paragraphs = new Map(
    data.paragraphs.paragraphs.map((paragraph) => [
      key(paragraph.report, paragraph.number),
      paragraph,
    ]),
  );
  const sections = new Map(
    data.paragraphs.sections.map((section) => [key(section.report, section.id), section]),
  );
  const spans = new Map<string, HighlightSpan[]>();
  // Many records share a paragraph and tag the same words: each tag once (the first one).
  const seen = new Set<string>();
  const add = (report: string, paragraph: number, span: HighlightSpan) => {
    const at = key(report, paragraph);
    const id = `${at}\u0000${span.kind}\u0000${span.start}\u0000${span.end}\u0000${span.text}`;
    if (seen.has(id)) return;
    seen.add(id);
    const list = spans.get(at);
    if (list) list.push(span);
    else spans.set(at, [span]);
  };
  // The tags of a paragraph: the union of its records' evidence, plus the figures in it.
  for (const record of data.activities.records)
    for (const span of record.evidence.spans) add(record.report, record.paragraph, span);
  for (const figure of data.figures.figures)
    add(figure.report, figure.paragraph, {
      kind: 'figure',
      start: figure.start,
      end: figure.end,
      text: figure.text,
      ref: figure.id,
      role: null,
    });
  type Place = RecordReason['places'][number];
  const reasons = new Map<string, (RecordReason & { places: Place[] })[]>();
  for (const record of data.activities.records) {
    const at = key(record.report, record.paragraph);
    const list = reasons.get(at) ?? [];
    let reason = list.find((item) => item.sentence === record.sentence);
    if (!reason) {
      reason = {
        sentence: record.sentence,
        text: record.evidence.sentence,
        textStart: record.evidence.sentenceStart,
        workRule: record.workRule ?? null,
        places: [],
        themes: record.themes,
        topicFrom: record.topicFrom ?? null,
        partners: record.partners,
      };
      list.push(reason);
      reasons.set(at, list);
    }
    reason.places.push({
      iso3: record.country,
      role: record.role,
      from: record.placeInherited ? (record.placeFrom ?? null) : null,
      fromParagraph: record.placeInherited ? (record.placeFromParagraph ?? null) : null,
      officeType: record.officeType,
      officeRule: record.officeRule ?? null,
    });
  }
  for (const list of reasons.values()) list.sort((a, b) => a.sentence - b.sentence);
  return { paragraphs, sections, spans, reasons };
}

export function sourceParagraphs(index: SourcesIndex, request: SourcesRequest): SourceParagraph[] {
  return request.refs.map((ref) => {
    const paragraph = index.paragraphs.get(key(ref.report, ref.paragraph)) ?? null;
    const sections = (paragraph?.section ?? []).flatMap((id) => {
      const section = index.sections.get(key(ref.report, id));
      return section ? [section] : [];
    });
    return {
      ref,
      paragraph,
      sections,
      spans: index.spans.get(key(ref.report, ref.paragraph)) ?? [],
      reasons: index.reasons.get(key(ref.report, ref.paragraph)) ?? [],
    };
  });
}

/** The kinds that occur in the shown paragraphs, in the legend's order. */
export function kindsShown(paragraphs: readonly SourceParagraph[]): TagKind[] {
  const present = new Set<TagKind>();
  for (const entry of paragraphs) for (const span of entry.spans) present.add(span.kind);
  return tagKinds.filter((kind) => present.has(kind));
}

/** "A-HRC-44-28-p24": a DOM id part for a paragraph, stable across renders. */
export function paragraphDomId(ref: ParagraphRef): string {
  return `src-${ref.report.replace(/[^A-Za-z0-9]+/gu, '-')}-p${ref.paragraph}`;
}
