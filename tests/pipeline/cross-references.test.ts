import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/domain/paragraphs.ts';
import type { BodyPlan, Gap, HeadingUnit } from '../../src/pipeline/segment/build-units.ts';
import {
  checkCrossReferences,
  findCrossReferences,
} from '../../src/pipeline/segment/cross-references.ts';
import {
  findPlanReferences,
  numberParagraphs,
  numbersOf,
  solveBreaks,
} from '../../src/pipeline/segment/number-paragraphs.ts';
import { toRawLines } from '../../src/pipeline/segment/raw-lines.ts';
import type { SegmentWarning } from '../../src/pipeline/segment/segment-error.ts';

function report(count: number, citing: number, text: string): Paragraph[] {
  return Array.from({ length: count }, (_, i): Paragraph => ({
    report: 'T/1',
    number: i + 1,
    section: ['IV'],
    text: i + 1 === citing ? text : '正文。',
    footnotes: [],
    footnoteRefs: [],
    numberSource: 'recovered',
    lines: { first: i + 1, last: i + 1 },
  }));
}

const check = (paragraphs: Paragraph[]) =>
  checkCrossReferences(findCrossReferences(paragraphs), paragraphs, () => 7);

describe('cross-references found in paragraphs', () => {
  it('finds "下文第 16 至 23 段" and single references, not other documents’ paragraphs', () => {
    expect(
      findCrossReferences(report(20, 15, '下文第 16 至 18 段提供实例；另见上文第 3 段。')),
    ).toEqual([
      { paragraph: 15, text: '下文第 16 至 18 段', from: 16, to: 18 },
      { paragraph: 15, text: '上文第 3 段', from: 3, to: 3 },
    ]);
    expect(findCrossReferences(report(20, 10, '(A/HRC/42/29, 第 29-68 段)'))).toEqual([]);
  });

  it('warns, naming the line, on a reference the wrong way or beyond the text; never throws', () => {
    expect(check(report(20, 15, '下文第 16 至 18 段。'))).toEqual([]);
    const [below] = check(report(20, 15, '上文第 16 至 18 段。'));
    expect(below).toMatchObject({ line: 7, code: 'cross-reference-unresolved' });
    expect(below?.message).toMatch(/points below the citing paragraph/u);
    const [beyond] = check(report(20, 15, '下文第 31 段。'));
    expect(beyond?.message).toMatch(
      /names a paragraph the report does not have \(it has 20\): the text may be truncated/u,
    );
  });
});

/**
 * A hand-made body: heading "A." over paragraph lines, each line a paragraph of its own unless
 * a gap says it goes on. `gaps` gives, per line, the layout's reading and its cost.
 */
function plan(lineTexts: string[], gaps: Gap[], headingsBefore: number[] = [0]): BodyPlan {
  const lines = toRawLines(lineTexts.join('\n'));
  const headings = headingsBefore.map((before, index) => ({
    unit: {
      kind: 'heading',
      heading: {
        level: index === 0 ? 'subsection' : 'subsubsection',
        label: index === 0 ? 'A.' : `${index}.`,
        key: index === 0 ? 'A' : String(index),
        title: '标题',
      },
      lines: [],
    } satisfies HeadingUnit,
    before,
  }));
  return { headings, lines, gaps, printed: new Map() };
}

const sure: Gap = { forced: true, base: true, cost: Number.POSITIVE_INFINITY };
const goesOn: Gap = { forced: false, base: false, cost: Number.POSITIVE_INFINITY };
const unclear = (base: boolean, cost: number): Gap => ({ forced: null, base, cost });

describe('numbering held to anchors', () => {
  it('overrules the weakest readings to put a line in the paragraph an anchor names', () => {
    const body = plan(
      ['甲。', '乙。', '丙。', '丁。'],
      [sure, unclear(false, 3), unclear(false, 1), unclear(true, 2)],
    );
    expect(numbersOf(solveBreaks(body, [])?.starts ?? [])).toEqual([1, 1, 1, 2]);
    // Line 3 in paragraph 3: two breaks before it, the cheaper ones first.
    const reading = solveBreaks(body, [{ line: 3, number: 3 }]);
    expect(numbersOf(reading?.starts ?? [])).toEqual([1, 1, 2, 3]);
    expect(reading?.cost).toBe(1);
    expect(solveBreaks(plan(['甲', '乙。'], [sure, goesOn]), [{ line: 1, number: 2 }])).toBeNull();
  });
});

describe('numbering checked against the report’s own cross-references', () => {
  // Paragraph 1 cites "下文第 2 至 4 段", the rest of its block; line 3 may or may not start one.
  const texts = ['下文第 2 至 4 段介绍实例。', '乙。', '丙。', '丁。', '戊。', '己。'];

  it('lets a cross-reference decide a break the layout left unclear, and says so', () => {
    const body = plan(texts, [sure, sure, unclear(false, 1.5), sure, sure, sure], [0, 4]);
    expect(findPlanReferences(body)).toEqual([
      { line: 0, text: '下文第 2 至 4 段', below: true, from: 2, to: 4 },
    ]);
    const warnings: SegmentWarning[] = [];
    const starts = numberParagraphs(body, warnings);
    expect(numbersOf(starts)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(warnings.map((warning) => warning.code)).toEqual(['numbering-set-by-cross-reference']);
  });

  it('keeps the layout’s reading and warns when no close reading fits the reference', () => {
    // Lines 1-2 can only be one paragraph: "2 至 4" cannot end where sub-heading 1 starts.
    const body = plan(texts, [sure, sure, goesOn, sure, sure, sure], [0, 4]);
    const warnings: SegmentWarning[] = [];
    expect(numbersOf(numberParagraphs(body, warnings))).toEqual([1, 2, 2, 3, 4, 5]);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'cross-reference-mismatch',
        message: expect.stringMatching(
          /"下文第 2 至 4 段" in paragraph 1 does not land on whole blocks/u,
        ),
      }),
    ]);
  });
});
