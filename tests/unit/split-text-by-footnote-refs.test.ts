import { describe, expect, it } from 'vitest';
import { splitTextByFootnoteRefs } from '../../src/lib/provenance/split-text-by-footnote-refs.ts';

const ref = (number: number, start: number, end = start + String(number).length) => ({
  number,
  start,
  end,
});

function joined(text: string, refs: ReturnType<typeof ref>[]): string {
  return splitTextByFootnoteRefs(text, refs)
    .map((part) => part.text)
    .join('');
}

describe('splitTextByFootnoteRefs', () => {
  it('returns the text as one part when there are no refs', () => {
    expect(splitTextByFootnoteRefs('合作。', [])).toEqual([
      { kind: 'text', start: 0, text: '合作。' },
    ]);
  });

  it('returns no parts for empty text', () => {
    expect(splitTextByFootnoteRefs('', [])).toEqual([]);
  });

  it('cuts out the marker digits', () => {
    const text = '合作。12 这场危机';
    expect(splitTextByFootnoteRefs(text, [ref(12, 3)])).toEqual([
      { kind: 'text', start: 0, text: '合作。' },
      { kind: 'footnote', start: 3, text: '12', number: 12 },
      { kind: 'text', start: 5, text: ' 这场危机' },
    ]);
  });

  it('handles markers at the start and the end, in any input order', () => {
    const text = '1合作2';
    expect(splitTextByFootnoteRefs(text, [ref(2, 3), ref(1, 0)])).toEqual([
      { kind: 'footnote', start: 0, text: '1', number: 1 },
      { kind: 'text', start: 1, text: '合作' },
      { kind: 'footnote', start: 3, text: '2', number: 2 },
    ]);
  });

  it('handles adjacent markers', () => {
    const parts = splitTextByFootnoteRefs('文34', [ref(3, 1), ref(4, 2)]);
    expect(parts.map((part) => part.kind)).toEqual(['text', 'footnote', 'footnote']);
  });

  it('keeps the text of refs that are out of range, empty or overlapping', () => {
    const text = '合作。12 危机';
    const refs = [ref(12, 3), ref(2, 4), ref(9, 20, 21), ref(7, 1, 1)];
    const parts = splitTextByFootnoteRefs(text, refs);
    expect(parts.filter((part) => part.kind === 'footnote')).toHaveLength(1);
    expect(joined(text, refs)).toBe(text);
  });

  it('counts offsets in UTF-16 code units, like the pipeline', () => {
    const text = '𠀀合作1';
    expect(splitTextByFootnoteRefs(text, [ref(1, 4)]).at(-1)).toEqual({
      kind: 'footnote',
      start: 4,
      text: '1',
      number: 1,
    });
  });
});
