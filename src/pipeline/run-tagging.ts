import type { ActivityRecord } from '../domain/activities.ts';
import type { Correction } from '../domain/corrections.ts';
import type { Figure, OfficeBreakdown } from '../domain/figures.ts';
import type { Paragraph } from '../domain/paragraphs.ts';
import { applyCorrections } from './records/apply-corrections.ts';
import type { CorrectionOutcome } from './records/apply-corrections.ts';
import { buildFigures, buildRecords } from './records/build-records.ts';
import { findOfficeBreakdown } from './records/office-breakdown.ts';
import type { ReferenceInput } from './tag/reference-input.ts';
import { ParagraphTagger } from './tag/tag-paragraph.ts';
import type { TaggedParagraph } from './tag/tag-paragraph.ts';

export interface TaggingResult {
  readonly tagged: TaggedParagraph[];
  readonly records: ActivityRecord[];
  readonly figures: Figure[];
  readonly officeBreakdown: OfficeBreakdown | null;
  readonly corrections: CorrectionOutcome[];
  readonly dictionaryConflicts: readonly string[];
}

/** Stages 2 and 3: paragraphs -> tagged sentences -> activity records, figures and stated tables. */
export function tagAndBuildRecords(
  paragraphs: readonly Paragraph[],
  reference: ReferenceInput,
  corrections: readonly Correction[],
): TaggingResult {
  const tagger = new ParagraphTagger(reference);
  const tagged = paragraphs.map((paragraph) => tagger.tag(paragraph));
  const countries = new Map(reference.countries.map((country) => [country.iso3, country]));
  const themes = new Map(reference.themes.map((theme) => [theme.id, theme]));
  const partners = new Map(reference.partners.map((partner) => [partner.id, partner]));
  const automatic = buildRecords(tagged, { countries, themes, partners });
  const corrected = applyCorrections(automatic, corrections, countries);
  return {
    tagged,
    records: corrected.records,
    figures: buildFigures(tagged),
    officeBreakdown: findOfficeBreakdown(tagged, reference.officeTypes),
    corrections: corrected.outcomes,
    dictionaryConflicts: tagger.dictionaryConflicts,
  };
}
