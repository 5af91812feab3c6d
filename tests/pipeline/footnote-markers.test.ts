import { describe, expect, it } from 'vitest';
import type { FootnoteRef } from '../../src/domain/paragraphs.ts';
import { linkFootnotes, linkRepeatedCitations } from '../../src/pipeline/segment/link-footnotes.ts';
import {
  findFootnoteMarker,
  footnoteLooksComplete,
} from '../../src/pipeline/segment/footnote-markers.ts';

describe('findFootnoteMarker', () => {
  it.each([
    ['合作”。1 这场危机', 1, 4],
    ['落实可持续发展的十年。2', 2, 11],
    ['的出版物4 和题为', 4, 4],
    ['补救项目，5 与权利主体', 5, 5],
    ['采取对策》13 (“Debt', 13, 5],
    // Written for this test: a marker after a comma, before a sentence on the Council.
    ['合作，9 人权理事会还', 9, 3],
  ])('finds marker in %s', (text, number, index) => {
    expect(findFootnoteMarker(text, number)).toBe(index);
  });

  it.each([
    ['下文第 16 至 23 段', 16],
    ['(“The highest aspiration”, p. 4)。', 4],
    ['#Faith4Rights 工具包', 4],
    ['COVID-19 大流行', 19],
    ['合作”。12 这', 1],
    // Written for this test: a list of counts of people, no measure word (人 counts them).
    ['其中 12 人来自非洲，9 人来自加勒比', 9],
    ['年满 18 岁的青年，6 岁以下的儿童', 6],
  ])('ignores numbers in running text: %s', (text, number) => {
    expect(findFootnoteMarker(text, number)).toBeNull();
  });

  it('searches from an offset', () => {
    expect(findFootnoteMarker('甲。1 乙。1 丙', 1, 3)).toBe(6);
  });

  it('knows when a footnote is complete', () => {
    expect(footnoteLooksComplete('见 www.un.org/a.pdf。')).toBe(true);
    expect(footnoteLooksComplete('United Nations, “Shared responsibility')).toBe(false);
    // Written for this test: an initialism at a line end does not end the note.
    expect(footnoteLooksComplete('Case concerning the Environment, Judgment, I.C.J.')).toBe(false);
    expect(footnoteLooksComplete('See the report of the U.N. Panel.')).toBe(true);
  });
});

describe('linkRepeatedCitations', () => {
  const marked = (...texts: string[]) => texts.map((text) => ({ text, refs: [] as FootnoteRef[] }));

  it('links a note cited again by its number in a later paragraph, once per paragraph', () => {
    const texts = marked(
      '人权高专办发表了一份研究报告。3 该报告讨论了债务问题。',
      '人权高专办召开了 3 次磋商(另见上文第 18 段)。3 人权高专办还与亚太经社会合作。',
      '这是第 3 段，没有脚注。',
    );
    const citedIn = linkFootnotes(texts, [3]);
    expect(citedIn.get(3)).toBe(0);
    const again = linkRepeatedCitations(texts, citedIn);
    expect(again.get(3)).toEqual([1]);
    // "召开了 3 次" is a count (spaced, a measure word after it), not a marker.
    expect(texts[1]?.refs.map((ref) => texts[1]?.text.slice(ref.start, ref.end))).toEqual(['3 ']);
    expect(texts[2]?.refs).toEqual([]);
  });

  it('does not find a marker inside another marker or before the first citation', () => {
    const texts = marked('见上文。13 人权高专办还提供了支持。', '相关报告已发表。3 这一报告。');
    const citedIn = linkFootnotes(texts, [3, 13]);
    const again = linkRepeatedCitations(texts, citedIn);
    expect(again.size).toBe(0);
    expect(texts[0]?.refs.map((ref) => ref.number)).toEqual([13]);
  });
});
