import type { ActivityRecord } from '../../domain/activities.ts';
import type { TaggedParagraph } from '../tag/tag-paragraph.ts';
import type { Reading } from './reading-schema.ts';

export interface Counted {
  readonly gold: number;
  readonly matched: number;
}

export interface PrCounts {
  readonly gold: number;
  readonly predicted: number;
  readonly matched: number;
}

export interface ReadingScore {
  /** Sentences the reading and the segmentation both have (a count mismatch is listed in `misses`). */
  readonly sentences: number;
  /** Records, and of them those whose sentence the reading says reports no work. */
  readonly records: { readonly total: number; readonly onNonWork: number };
  /** Sentences that report work, and of them those without any record. */
  readonly workSentences: { readonly total: number; readonly withoutRecord: number };
  /** Specific themes per paragraph: what the records of the paragraph carry against the reading. */
  readonly themes: PrCounts;
  readonly pillars: PrCounts;
  /**
   * Specific themes per work sentence the reading gives themes for: what that sentence's records
   * carry (their own or inherited from the sentence they refer back to) against the reading.
   */
  readonly sentenceThemes: PrCounts;
  readonly perTheme: Record<string, PrCounts>;
  /**
   * Partners per paragraph by the names as written: a counterpart is found when a partner tag of
   * a record's sentence lies over one of its surfaces; a predicted partner (one per id) is right
   * when one of its tags does.
   */
  readonly partners: {
    readonly gold: number;
    readonly found: number;
    readonly predicted: number;
    readonly right: number;
  };
  readonly misses: string[];
}

function occurrences(text: string, surface: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    found.push([at, at + surface.length]);
  }
  return found;
}

const overlaps = (a: readonly [number, number], start: number, end: number) =>
  a[0] < end && start < a[1];

export function scoreReading(
  reading: Reading,
  tagged: readonly TaggedParagraph[],
  records: readonly ActivityRecord[],
  pillars: ReadonlySet<string>,
): ReadingScore {
  const misses: string[] = [];
  const byParagraph = new Map(tagged.map((item) => [item.paragraph.number, item]));
  let sentences = 0;
  let onNonWork = 0;
  let workTotal = 0;
  let withoutRecord = 0;
  const themes = { gold: 0, predicted: 0, matched: 0 };
  const pillarCounts = { gold: 0, predicted: 0, matched: 0 };
  const sentenceThemes = { gold: 0, predicted: 0, matched: 0 };
  const perTheme: Record<string, { gold: number; predicted: number; matched: number }> = {};
  const partners = { gold: 0, found: 0, predicted: 0, right: 0 };
  const theme = (id: string) => (perTheme[id] ??= { gold: 0, predicted: 0, matched: 0 });

  for (const gold of reading.paragraphs) {
    const item = byParagraph.get(gold.paragraph);
    if (!item) {
      misses.push(`¶${gold.paragraph}: no such paragraph`);
      continue;
    }
    if (item.sentences.length !== gold.sentences.length) {
      misses.push(
        `¶${gold.paragraph}: ${item.sentences.length} sentences, the reading has ${gold.sentences.length}`,
      );
    }
    const own = records.filter((record) => record.paragraph === gold.paragraph);
    const withRecord = new Set(own.map((record) => record.sentence));
    for (const sentence of gold.sentences) {
      if (sentence.sentence >= item.sentences.length) continue;
      sentences += 1;
      const recorded = withRecord.has(sentence.sentence);
      if (sentence.work) {
        workTotal += 1;
        if (!recorded) {
          withoutRecord += 1;
          misses.push(
            `¶${gold.paragraph}:${sentence.sentence} reports work (${sentence.kind}), no record`,
          );
        }
        if (sentence.themes !== undefined) {
          const goldSet = new Set(sentence.themes.filter((id) => !pillars.has(id)));
          const predictedSet = new Set(
            own
              .filter((record) => record.sentence === sentence.sentence)
              .flatMap((record) => record.themes)
              .filter((id) => !pillars.has(id)),
          );
          sentenceThemes.gold += goldSet.size;
          sentenceThemes.predicted += predictedSet.size;
          for (const id of predictedSet) if (goldSet.has(id)) sentenceThemes.matched += 1;
        }
      } else if (recorded) {
        const count = own.filter((record) => record.sentence === sentence.sentence).length;
        onNonWork += count;
        misses.push(
          `¶${gold.paragraph}:${sentence.sentence} reports no work (${sentence.kind}), ${count} record(s)`,
        );
      }
    }

    // Themes are what a filter returns: the records' themes, scored on the paragraphs that
    // report work (a paragraph of context or conclusions has no records to return).
    const reportsWork = gold.sentences.some((sentence) => sentence.work);
    const predictedThemes = new Set(reportsWork ? own.flatMap((record) => record.themes) : []);
    const goldThemes = new Set(reportsWork ? gold.themes : []);
    for (const id of new Set([...predictedThemes, ...goldThemes])) {
      const counts = pillars.has(id) ? pillarCounts : themes;
      const inGold = goldThemes.has(id);
      const inPredicted = predictedThemes.has(id);
      if (inGold) counts.gold += 1;
      if (inPredicted) counts.predicted += 1;
      if (inGold && inPredicted) counts.matched += 1;
      const per = theme(id);
      if (inGold) per.gold += 1;
      if (inPredicted) per.predicted += 1;
      if (inGold && inPredicted) per.matched += 1;
      if (inGold !== inPredicted) {
        misses.push(`¶${gold.paragraph} theme ${id}: ${inGold ? 'missed' : 'extra'}`);
      }
    }

    // Partner tags in the sentences that became records, one per partner id per paragraph.
    const text = item.paragraph.text;
    const recordSentences = new Set(own.map((record) => record.sentence));
    const tags = item.sentences
      .filter((sentence) => recordSentences.has(sentence.index))
      .flatMap((sentence) => sentence.tags)
      .filter((tag) => tag.kind === 'partner' && tag.ref);
    const counterparts = gold.partners
      .filter((partner) => partner.role === 'counterpart')
      .map((partner) => ({
        partner,
        spans: [partner.surface, ...(partner.otherSurfaces ?? [])].flatMap((surface) =>
          occurrences(text, surface),
        ),
      }));
    const predictedIds = new Map<string, typeof tags>();
    for (const tag of tags)
      predictedIds.set(tag.ref ?? '', [...(predictedIds.get(tag.ref ?? '') ?? []), tag]);
    partners.gold += counterparts.length;
    partners.predicted += predictedIds.size;
    for (const { partner, spans } of counterparts) {
      const found = tags.some((tag) => spans.some((span) => overlaps(span, tag.start, tag.end)));
      if (found) partners.found += 1;
      else misses.push(`¶${gold.paragraph} partner missed: ${partner.surface}`);
    }
    for (const [id, idTags] of predictedIds) {
      const right = idTags.some((tag) =>
        counterparts.some(({ spans }) => spans.some((span) => overlaps(span, tag.start, tag.end))),
      );
      if (right) partners.right += 1;
      else misses.push(`¶${gold.paragraph} partner extra: ${id} (${idTags[0]?.text ?? ''})`);
    }
  }
  return {
    sentences,
    records: { total: records.length, onNonWork },
    workSentences: { total: workTotal, withoutRecord },
    themes,
    pillars: pillarCounts,
    sentenceThemes,
    perTheme,
    partners,
    misses,
  };
}
