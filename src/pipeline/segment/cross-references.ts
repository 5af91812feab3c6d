import type { CrossReference, Paragraph } from '../../domain/paragraphs.ts';
import type { SegmentWarning } from './segment-error.ts';

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
 * The report's own references ("下文第 16 至 23 段") must point the right way and at paragraphs the
 * text has; whether a range lands on whole blocks is weighed while numbering (number-paragraphs).
 * A reference that fails is a warning: the paragraphs are still written.
 */
export function checkCrossReferences(
  references: readonly CrossReference[],
  paragraphs: readonly Paragraph[],
  lineOf: (paragraph: number) => number | null,
): SegmentWarning[] {
  const numbers = new Set(paragraphs.map((paragraph) => paragraph.number));
  const last = paragraphs[paragraphs.length - 1]?.number ?? 0;
  const warnings: SegmentWarning[] = [];
  for (const reference of references) {
    const warn = (problem: string) =>
      warnings.push({
        line: lineOf(reference.paragraph),
        code: 'cross-reference-unresolved',
        message: `cross-reference "${reference.text}" in paragraph ${reference.paragraph} ${problem}`,
      });
    const below = reference.text.startsWith('下文');
    if (reference.from > reference.to) warn('has its range reversed');
    else if (below && reference.from <= reference.paragraph)
      warn('points above the citing paragraph');
    else if (!below && reference.to >= reference.paragraph)
      warn('points below the citing paragraph');
    else if (!numbers.has(reference.from) || !numbers.has(reference.to)) {
      warn(
        `names a paragraph the report does not have (it has ${paragraphs.length})${
          reference.to > last ? ': the text may be truncated' : ''
        }`,
      );
    }
  }
  return warnings;
}
