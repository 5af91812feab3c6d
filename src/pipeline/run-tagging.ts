import type { ActivityRecord } from '../domain/activities.ts';
import type { Correction } from '../domain/corrections.ts';
import type { Figure, OfficeBreakdown } from '../domain/figures.ts';
import type { Paragraph } from '../domain/paragraphs.ts';
import type { Partner } from '../domain/reference.ts';
import { applyCorrections } from './records/apply-corrections.ts';
import type { CorrectionOutcome } from './records/apply-corrections.ts';
import { buildFigures, buildRecords } from './records/build-records.ts';
import { findOfficeBreakdown } from './records/office-breakdown.ts';
import type { BreakdownWarning } from './records/office-breakdown.ts';
import type { ReferenceInput } from './tag/reference-input.ts';
import { countryOfficeNamed, officeContinued } from './records/named-office.ts';
import type { NamedOffice } from './records/named-office.ts';
import { ParagraphTagger } from './tag/tag-paragraph.ts';
import type { TaggedParagraph } from './tag/tag-paragraph.ts';

export interface TaggingResult {
  readonly tagged: TaggedParagraph[];
  readonly records: ActivityRecord[];
  readonly figures: Figure[];
  readonly officeBreakdown: OfficeBreakdown | null;
  /** What the tagging noticed that a reader should check (e.g. a breakdown that does not add up). */
  readonly warnings: BreakdownWarning[];
  /** Generic bodies as the records name them, per country (司法部（利比里亚）). */
  readonly derivedPartners: Partner[];
  readonly corrections: CorrectionOutcome[];
  readonly dictionaryConflicts: readonly string[];
}

/** Stages 2 and 3: paragraphs -> tagged sentences -> activity records, figures and stated tables. */
export function tagAndBuildRecords(
  paragraphs: readonly Paragraph[],
  reference: ReferenceInput,
  corrections: readonly Correction[],
  /** The report's year, for the reviewed list of OHCHR's presences that year. */
  year: number | null = null,
): TaggingResult {
  const tagger = new ParagraphTagger(reference);
  // A paragraph may open by going on with the meeting the paragraph before reported ("与会者回顾了
  // ……"), within one section.
  // Or go on with the office the paragraph before named ("2024 年，该办事处……"), in one section.
  const tagged: TaggedParagraph[] = [];
  const offices = new Map<TaggedParagraph, NamedOffice>();
  let office: NamedOffice | null = null;
  for (const paragraph of paragraphs) {
    const previous = tagged.at(-1);
    const sameSection =
      previous !== undefined &&
      previous.paragraph.report === paragraph.report &&
      previous.paragraph.section.join('/') === paragraph.section.join('/');
    const endsInWork = sameSection && previous.sentences.at(-1)?.work === true;
    const continued = officeContinued(office, paragraph);
    const item = tagger.tag(paragraph, {
      previousParagraphEndsInWork: endsInWork,
      continuesAnOffice: continued !== null,
    });
    tagged.push(item);
    if (continued) offices.set(item, continued);
    office = countryOfficeNamed(item) ?? continued;
  }
  const countries = new Map(reference.countries.map((country) => [country.iso3, country]));
  const themes = new Map(reference.themes.map((theme) => [theme.id, theme]));
  const partners = new Map(reference.partners.map((partner) => [partner.id, partner]));
  const derived = new Map<string, Partner>();
  const presences = new Map(
    (reference.fieldPresences ?? [])
      .filter((presence) => presence.year === year)
      .map((presence) => [presence.iso3, presence]),
  );
  const automatic = buildRecords(
    tagged,
    { countries, themes, partners, derived, presences },
    offices,
  );
  const corrected = applyCorrections(automatic, corrections, countries);
  const figures = buildFigures(tagged);
  const breakdown = findOfficeBreakdown(tagged, figures, reference.officeTypes);
  return {
    tagged,
    records: corrected.records,
    figures,
    officeBreakdown: breakdown.breakdown,
    warnings: breakdown.warnings,
    derivedPartners: [...derived.values()].sort((a, b) => a.id.localeCompare(b.id)),
    corrections: corrected.outcomes,
    dictionaryConflicts: tagger.dictionaryConflicts,
  };
}
