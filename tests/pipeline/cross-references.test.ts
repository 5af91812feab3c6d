import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/domain/paragraphs.ts';
import {
  checkCrossReferences,
  findCrossReferences,
} from '../../src/pipeline/segment/cross-references.ts';
import { SegmentError } from '../../src/pipeline/segment/segment-error.ts';

/** Paragraph n's section, as a list of [from, to, section] blocks. */
function report(blocks: [number, number, string][], citing: number, text: string): Paragraph[] {
  return blocks.flatMap(([from, to, section]) =>
    Array.from({ length: to - from + 1 }, (_, i): Paragraph => {
      const number = from + i;
      return {
        report: 'T/1',
        number,
        section: section.split('/'),
        text: number === citing ? text : '正文。',
        footnotes: [],
        footnoteRefs: [],
        numberSource: 'recovered',
        lines: { first: number, last: number },
      };
    }),
  );
}

const check = (paragraphs: Paragraph[]) =>
  checkCrossReferences(findCrossReferences(paragraphs), paragraphs, () => 1);

describe('cross-references', () => {
  const layout: [number, number, string][] = [
    [1, 15, 'IV/IV.A'],
    [16, 23, 'IV/IV.A'],
    [24, 30, 'IV/IV.A/IV.A.1'],
  ];

  it('finds "下文第 16 至 23 段" and accepts it when it covers the rest of the section', () => {
    const paragraphs = report(layout, 15, '下文第 16 至 23 段提供一些实例。');
    expect(findCrossReferences(paragraphs)).toEqual([
      { paragraph: 15, text: '下文第 16 至 23 段', from: 16, to: 23 },
    ]);
    expect(() => check(paragraphs)).not.toThrow();
  });

  it('fails when a lost paragraph break shifts the numbering by one', () => {
    // With one paragraph too few, the examples end at 22 and 23 is the next section's first.
    const shifted = report(
      [
        [1, 15, 'IV/IV.A'],
        [16, 22, 'IV/IV.A'],
        [23, 30, 'IV/IV.A/IV.A.1'],
      ],
      15,
      '下文第 16 至 23 段提供一些实例。',
    );
    expect(() => check(shifted)).toThrow(SegmentError);
    expect(() => check(shifted)).toThrow(/reaches paragraph 23, outside the citing section/u);
  });

  it('fails when an extra break shifts the numbering the other way', () => {
    const shifted = report(
      [
        [1, 15, 'IV/IV.A'],
        [16, 24, 'IV/IV.A'],
        [25, 30, 'IV/IV.A/IV.A.1'],
      ],
      15,
      '下文第 16 至 23 段提供一些实例。',
    );
    expect(() => check(shifted)).toThrow(/does not cover a whole block of its section/u);
  });

  it('fails on a reference in the wrong direction or beyond the report', () => {
    expect(() => check(report(layout, 15, '上文第 16 至 23 段。'))).toThrow(/points below/u);
    expect(() => check(report(layout, 15, '下文第 31 段。'))).toThrow(/does not have/u);
  });

  it('ignores references to other documents', () => {
    expect(findCrossReferences(report(layout, 10, '(A/HRC/42/29, 第 29-68 段)'))).toEqual([]);
  });
});
