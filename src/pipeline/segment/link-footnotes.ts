import type { FootnoteRef } from '../../domain/paragraphs.ts';
import { findFootnoteMarker, markerEnd } from './footnote-markers.ts';

export interface MarkedText {
  readonly text: string;
  readonly refs: FootnoteRef[];
}

/**
 * Finds each footnote's marker in the texts, in order: footnote N is cited after footnote N-1.
 * Returns, per footnote number, the index of the text that cites it; a footnote whose marker the
 * extraction lost is left out.
 */
export function linkFootnotes(
  texts: readonly MarkedText[],
  footnoteNumbers: readonly number[],
): Map<number, number> {
  const citedIn = new Map<number, number>();
  let textIndex = 0;
  let offset = 0;
  for (const number of footnoteNumbers) {
    const found = searchFrom(texts, number, textIndex, offset) ?? searchFrom(texts, number, 0, 0);
    if (!found) continue;
    const text = texts[found.textIndex]?.text ?? '';
    texts[found.textIndex]?.refs.push({
      number,
      start: found.start,
      end: markerEnd(text, found.start, number),
    });
    const end = found.start + String(number).length;
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
