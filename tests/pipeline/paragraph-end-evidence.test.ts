import { describe, expect, it } from 'vitest';
import { paragraphEndEvidence } from '../../src/pipeline/segment/layout.ts';
import type { LayoutStats } from '../../src/pipeline/segment/layout.ts';
import { toRawLines } from '../../src/pipeline/segment/raw-lines.ts';

// Wrapped at 28 ideographs (56 half-width units), no blank lines, no trailing spaces and no
// indentation; the lost paragraph numbers leave first lines 4 units short, which reads as an indent.
const layout: LayoutStats = {
  measure: 'units',
  fullWidth: 56,
  trailingSpaceMarksEnds: false,
  trailingSpaceShare: 0,
  blankLinesSeparate: false,
  firstLineIndent: 4,
  wrapped: true,
};

// Written for this test: a paragraph of two sentences whose first ends exactly at a full line.
const [full, lastOfParagraph, firstOfNext, nextFull] = toRawLines(
  [
    '各国还应当参照各项建议评估本国的发展规划和年度预算编制。',
    '区域开发银行应在贷款和债务处理中评估人权的实际影响。',
    '高级专员建议各国加强国家报告和后续行动的机制，并与',
    '议会、国家人权机构和民间社会合作执行各项建议。',
  ].join('\r\n'),
);

describe('paragraph end after a full line that ends a sentence', () => {
  it('is not read from a next line that is short because it ends the paragraph', () => {
    expect(full!.width).toBe(56);
    expect(lastOfParagraph!.width).toBeGreaterThanOrEqual(49);
    expect(lastOfParagraph!.width).toBeLessThanOrEqual(53);
    expect(paragraphEndEvidence(full!, lastOfParagraph!, layout, false)).toBeLessThan(0);
  });

  it('is still read from a next line shaped like a first line that runs on', () => {
    expect(firstOfNext!.width).toBeLessThanOrEqual(53);
    expect(paragraphEndEvidence(full!, firstOfNext!, layout, false)).toBeGreaterThan(0);
    expect(paragraphEndEvidence(full!, nextFull!, layout, false)).toBeLessThan(0);
  });
});
