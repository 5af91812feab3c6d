import type { FootnoteRef } from '../../domain/paragraphs.ts';
import { findFootnoteMarker } from './footnote-markers.ts';
import type { SegmentWarning } from './segment-error.ts';

export interface MarkedText {
  readonly text: string;
  readonly refs: FootnoteRef[];
}

/**
 * Finds each footnote's marker in the texts, in order: footnote N is cited after footnote N-1.
 * Returns, per footnote number, the index of the text that cites it.
 */
export function linkFootnotes(
  texts: readonly MarkedText[],
  footnoteNumbers: readonly number[],
  warnings: SegmentWarning[],
): Map<number, number> {
  const citedIn = new Map<number, number>();
  let textIndex = 0;
  let offset = 0;
  for (const number of footnoteNumbers) {
    const found = searchFrom(texts, number, textIndex, offset) ?? searchFrom(texts, number, 0, 0);
    if (!found) {
      warnings.push({
        line: null,
        code: 'footnote-without-marker',
        message: `footnote ${number}: no marker cites it in the text`,
      });
      continue;
    }
    const end = found.start + String(number).length;
    texts[found.textIndex]?.refs.push({ number, start: found.start, end });
    citedIn.set(number, found.textIndex);
    textIndex = found.textIndex;
    offset = end;
  }
  return citedIn;
}

function searchFrom(
  texts: readonly MarkedText[],
  number: number,
  textIndex: number,
  offset: number,
): { textIndex: number; start: number } | null {
  for (let index = textIndex; index < texts.length; index += 1) {
    const text = texts[index]?.text ?? '';
    const start = findFootnoteMarker(text, number, index === textIndex ? offset : 0);
    if (start !== null) return { textIndex: index, start };
  }
  return null;
}
