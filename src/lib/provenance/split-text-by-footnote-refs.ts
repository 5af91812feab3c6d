import type { FootnoteRef } from '../../domain/index.ts';

export type TextPart =
  | { readonly kind: 'text'; readonly start: number; readonly text: string }
  | {
      readonly kind: 'footnote';
      readonly start: number;
      readonly text: string;
      readonly number: number;
    };

/**
 * Cuts `text` at the footnote markers. Joining every part's `text` gives back `text` exactly:
 * refs that are out of range, empty or overlap an earlier ref stay plain text rather than throw,
 * so a pipeline slip never hides words from the reader.
 */
export function splitTextByFootnoteRefs(text: string, refs: readonly FootnoteRef[]): TextPart[] {
  const sorted = [...refs].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const ref of sorted) {
    if (ref.start < cursor || ref.end <= ref.start || ref.end > text.length) continue;
    if (ref.start > cursor)
      parts.push({ kind: 'text', start: cursor, text: text.slice(cursor, ref.start) });
    parts.push({
      kind: 'footnote',
      start: ref.start,
      text: text.slice(ref.start, ref.end),
      number: ref.number,
    });
    cursor = ref.end;
  }
  if (cursor < text.length) parts.push({ kind: 'text', start: cursor, text: text.slice(cursor) });
  return parts;
}

/** The refs of a paragraph that fall in a piece of it starting at `offset`, in the piece's offsets. */
export function footnoteRefsIn(
  refs: readonly FootnoteRef[],
  offset: number,
  length: number,
): FootnoteRef[] {
  return refs
    .filter((ref) => ref.start >= offset && ref.end <= offset + length)
    .map((ref) => ({ ...ref, start: ref.start - offset, end: ref.end - offset }));
}
