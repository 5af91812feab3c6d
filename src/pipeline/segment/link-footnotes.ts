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

/**
 * Later citations of notes already cited ("……(另见上文第 18 段)。3 人权高专办还……"): a report
 * cites a note again by its number, and the note is printed once, under its first citation.
 * Searched after the first citation only, and never inside a marker already found. Returns, per
 * footnote number, the indexes of the texts that cite it again.
 */
export function linkRepeatedCitations(
  texts: readonly MarkedText[],
  citedIn: ReadonlyMap<number, number>,
): Map<number, number[]> {
  const again = new Map<number, number[]>();
  for (const [number, first] of citedIn) {
    const firstRef = texts[first]?.refs.find((ref) => ref.number === number);
    const digits = String(number);
    for (let index = first; index < texts.length; index += 1) {
      const marked = texts[index] as MarkedText;
      // Most texts do not hold the number at all: no pattern is built or run for them.
      if (!marked.text.includes(digits)) continue;
      let from = index === first ? (firstRef?.end ?? 0) : 0;
      for (;;) {
        const start = findFootnoteMarker(marked.text, number, from);
        if (start === null) break;
        const end = markerEnd(marked.text, start, number);
        from = start + String(number).length;
        if (marked.refs.some((ref) => start < ref.end && ref.start < end)) continue;
        marked.refs.push({ number, start, end });
        marked.refs.sort((a, b) => a.start - b.start);
        if (index !== first && !again.get(number)?.includes(index)) {
          again.set(number, [...(again.get(number) ?? []), index]);
        }
      }
    }
  }
  return again;
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
