import type { CrossReference, Paragraph } from '../../domain/paragraphs.ts';
import { SegmentError } from './segment-error.ts';

const RANGE = /(上文|下文)第\s*(\d{1,3})\s*(?:至|到|-|–|—)\s*(\d{1,3})\s*段/gu;
const SINGLE = /(上文|下文)第\s*(\d{1,3})\s*段/gu;

export function findCrossReferences(paragraphs: readonly Paragraph[]): CrossReference[] {
  const found: CrossReference[] = [];
  for (const paragraph of paragraphs) {
    for (const match of paragraph.text.matchAll(RANGE)) {
      found.push({
        paragraph: paragraph.number,
        text: match[0],
        from: Number(match[2]),
        to: Number(match[3]),
      });
    }
    for (const match of paragraph.text.matchAll(SINGLE)) {
      found.push({
        paragraph: paragraph.number,
        text: match[0],
        from: Number(match[2]),
        to: Number(match[2]),
      });
    }
  }
  return found;
}

/**
 * The report's own references ("下文第 16 至 23 段") must land where they point: in the right
 * direction, on existing paragraphs, and a range must cover a whole block of the citing
 * paragraph's section (start right after the citing paragraph or at a section start, end at a
 * section end or right before it). A shifted numbering breaks one of these.
 */
export function checkCrossReferences(
  references: readonly CrossReference[],
  paragraphs: readonly Paragraph[],
  lineOf: (paragraph: number) => number | null,
): void {
  const byNumber = new Map(paragraphs.map((paragraph) => [paragraph.number, paragraph]));
  for (const reference of references) {
    const fail = (problem: string): never => {
      throw new SegmentError(
        `cross-reference "${reference.text}" in paragraph ${reference.paragraph} ${problem}`,
        lineOf(reference.paragraph),
      );
    };
    const below = reference.text.startsWith('下文');
    if (reference.from > reference.to) fail('has its range reversed');
    if (below && reference.from <= reference.paragraph) fail('points above the citing paragraph');
    if (!below && reference.to >= reference.paragraph) fail('points below the citing paragraph');
    const from = byNumber.get(reference.from);
    const to = byNumber.get(reference.to);
    if (!from || !to) {
      const last = paragraphs[paragraphs.length - 1]?.number ?? 0;
      fail(
        `names a paragraph the report does not have (it has ${paragraphs.length})${
          reference.to > last ? ': the text may be truncated' : ''
        }`,
      );
    }
    if (reference.from === reference.to) continue;
    const sectionOf = (number: number) => byNumber.get(number)?.section.join('/') ?? null;
    const home = sectionOf(reference.paragraph);
    for (let number = reference.from; number <= reference.to; number += 1) {
      if (sectionOf(number) !== home)
        fail(`reaches paragraph ${number}, outside the citing section`);
    }
    const startsBlock =
      reference.from === reference.paragraph + 1 || sectionOf(reference.from - 1) !== home;
    const endsBlock =
      reference.to === reference.paragraph - 1 || sectionOf(reference.to + 1) !== home;
    if (!startsBlock || !endsBlock) fail('does not cover a whole block of its section');
  }
}
