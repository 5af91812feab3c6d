import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain/meta.ts';
import { buildParagraphsFile } from '../../src/pipeline/outputs/paragraphs-file.ts';
import { stableJson } from '../../src/pipeline/outputs/stable-json.ts';
import { segment } from '../../src/pipeline/segment/segment.ts';
import { expectGolden } from '../support/golden.ts';
import { REPORT_SYMBOL, goldenPath, readReportText } from '../support/report-text.ts';

const FIXED_META = {
  schemaVersion: SCHEMA_VERSION,
  generatedBy: 'tests/pipeline/segment-golden.test.ts',
  generatedAt: '2020-01-01T00:00:00.000Z',
  sources: [{ symbol: REPORT_SYMBOL, sha256: '0'.repeat(64) }],
} as const;

describe('segment: the whole report', () => {
  const result = segment(readReportText(), REPORT_SYMBOL);

  it('matches the golden paragraphs.json', () => {
    const file = buildParagraphsFile({ ...FIXED_META, sources: [...FIXED_META.sources] }, [result]);
    expectGolden(goldenPath('A_HRC_44_28.paragraphs.json'), stableJson(file));
  });

  it('matches the golden prep summary (layout, coverage, warnings)', () => {
    const summary = { layout: result.layout, coverage: result.coverage, warnings: result.warnings };
    expectGolden(goldenPath('A_HRC_44_28.segment-summary.json'), stableJson(summary));
  });

  it('numbers paragraphs 1..N consecutively and keeps the one printed number', () => {
    const numbers = result.paragraphs.map((paragraph) => paragraph.number);
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    expect(
      result.paragraphs.filter((p) => p.numberSource === 'printed').map((p) => p.number),
    ).toEqual([1]);
  });

  it('lands the report\'s own cross-reference "下文第 16 至 23 段" on the global-level examples', () => {
    expect(result.metadata.crossReferences).toEqual([
      { paragraph: 15, text: '下文第 16 至 23 段', from: 16, to: 23 },
    ]);
    const sectionOf = (n: number) => result.paragraphs[n - 1]?.section.join('/');
    expect(sectionOf(16)).toBe('IV/IV.A');
    expect(sectionOf(23)).toBe('IV/IV.A');
    expect(sectionOf(24)).toBe('IV/IV.A/IV.A.1');
    expect(result.paragraphs[23]?.text).toMatch(/^人权高专办在世界各地有 84 个办事机构/u);
  });

  it('lifts all 16 footnotes out of the body and links each to the paragraph citing it', () => {
    const linked = result.paragraphs.flatMap((p) => p.footnotes.map((f) => [f.number, p.number]));
    expect(linked.map(([footnote]) => footnote)).toEqual(
      Array.from({ length: 16 }, (_, i) => i + 1),
    );
    expect(Object.fromEntries(linked)).toMatchObject({ 1: 6, 2: 10, 5: 19, 9: 39, 16: 70 });
    for (const paragraph of result.paragraphs) {
      expect(paragraph.text).not.toMatch(/https?:\/\/|GE\.20-06161|A\/HRC\/44\/28/u);
    }
  });

  it('rejoins the paragraph that a page break and two footnotes interrupt', () => {
    const eleven = result.paragraphs[10]?.text ?? '';
    expect(eleven).toContain('关键作用。在《亚的斯亚贝巴行动议程》中，会员国承诺');
    expect(result.paragraphs[18]?.footnotes).toEqual([
      { number: 5, text: '见 www.ohchr.org/EN/Issues/Business/Pages/ARP_III.aspx。' },
    ]);
  });

  it('joins Latin words with a space and broken URLs without one', () => {
    const footnote1 = result.paragraphs[5]?.footnotes[0]?.text ?? '';
    expect(footnote1).toContain('socioeconomic impacts of COVID-19”');
    expect(footnote1).toContain('sg_report_socio-economic_impact_of_covid19.pdf。');
    expect(result.paragraphs[68]?.text).toContain(
      '(“COVID-19 and human rights: we are all in this together”)',
    );
    expect(result.paragraphs[60]?.text).toContain('(CEDAW/C/BRB/CO/5-8, 第 54 段)');
  });

  it('keeps the block quotation with the paragraph that introduces it', () => {
    const seventyOne = result.paragraphs[70]?.text ?? '';
    expect(seventyOne).toContain('在切实应对危机和紧急情况方面：我们面临着一个可怕的悖论');
    expect(seventyOne).toMatch(/p\. 11\)。$/u);
  });

  it('accounts for every input character', () => {
    const { characters, inputCharacters } = result.coverage;
    const total = Object.values(characters).reduce((sum, count) => sum + count, 0);
    expect(total).toBe(inputCharacters);
    expect(characters.paragraph).toBeGreaterThan(16_000);
  });
});
