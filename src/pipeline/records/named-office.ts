import { withoutLeadingAdverbials } from '../tag/sentence-work.ts';
import type { TaggedParagraph } from '../tag/tag-paragraph.ts';

/** An OHCHR country office a paragraph named, which the next paragraphs of its section may go on with. */
export interface NamedOffice {
  readonly report: string;
  readonly section: string;
  readonly iso3: string;
  /** The paragraph that named it. */
  readonly paragraph: number;
}

/** "2024 年，该办事处开展了……": a paragraph going on with the office the paragraph before named. */
const OPENS_ON_THE_OFFICE = /^(?:该办事处|该办公室|该办(?=[^事公]))/u;

/**
 * The office a paragraph goes on with: the one named in the paragraph before (or carried by it),
 * in the same report and section, when the paragraph opens on 该办事处 after a date or topic.
 */
export function officeContinued(
  office: NamedOffice | null,
  paragraph: TaggedParagraph['paragraph'],
): NamedOffice | null {
  if (!office || office.report !== paragraph.report) return null;
  if (office.section !== paragraph.section.join('/')) return null;
  return OPENS_ON_THE_OFFICE.test(withoutLeadingAdverbials(paragraph.text.trimStart()))
    ? office
    : null;
}

/**
 * The one country whose OHCHR country office a paragraph names ("人权高专办洪都拉斯办事处",
 * "人权高专办驻危地马拉办事处"), or null.
 */
export function countryOfficeNamed({ paragraph, sentences }: TaggedParagraph): NamedOffice | null {
  const offices = new Set<string>();
  for (const sentence of sentences) {
    for (const tag of sentence.tags) {
      if (tag.kind !== 'country' || tag.ref === null) continue;
      const before = sentence.text.slice(0, tag.start - sentence.start);
      const after = sentence.text.slice(tag.end - sentence.start);
      if (/人权高专办\s*(?:驻)?\s*$/u.test(before) && /^\s*(?:国别|国家)?办事处/u.test(after))
        offices.add(tag.ref);
    }
  }
  const [iso3] = offices;
  return offices.size === 1 && iso3
    ? {
        report: paragraph.report,
        section: paragraph.section.join('/'),
        iso3,
        paragraph: paragraph.number,
      }
    : null;
}
