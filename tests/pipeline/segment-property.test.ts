import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/pipeline/segment/segment.ts';
import { layOutReport } from '../support/synthetic-report.ts';
import type {
  ParagraphSpec,
  Piece,
  ReportSpec,
  SectionSpec,
  SentenceSpec,
} from '../support/synthetic-report.ts';
import { fuzzSettings } from '../support/fuzz-settings.ts';

// No numerals 一..十 (a line starting "三、" is a chapter heading) and no digits glued to text.
const HAN = [
  ...'人权高专办国际合作发展机制区域国家支持会议报告建议条约机构民间社会培训能力建设伙伴关系可持续目标议程公约宣言',
];
const LATIN = ['UN', 'SDG', 'UPR', 'ILO', 'NGO', 'COVID', '2019', '2030', '84', '116'];
const FOOTNOTES = [
  '见 www.ohchr.org/EN/Issues/Pages/Report.aspx。',
  '人权理事会第 36/29 号决议鼓励采取这种做法。',
  '见 https://undocs.org/A/74/559。',
  'United Nations, “Shared responsibility”, March 2020, p. 2.',
];

const han = fc
  .array(fc.constantFrom(...HAN), { minLength: 2, maxLength: 14 })
  .map((chars): Piece => ({ kind: 'han', text: chars.join('') }));
const latin = fc.constantFrom(...LATIN).map((text): Piece => ({ kind: 'latin', text }));
const clause = fc
  .tuple(
    han,
    fc.array(fc.oneof({ weight: 3, arbitrary: han }, { weight: 1, arbitrary: latin }), {
      maxLength: 4,
    }),
  )
  .map(([first, rest]) => [first, ...rest]);
const sentence: fc.Arbitrary<SentenceSpec> = fc.record({
  clauses: fc.array(clause, { minLength: 1, maxLength: 4 }),
  footnote: fc.option(fc.constantFrom(...FOOTNOTES), { freq: 6 }),
});
const paragraph: fc.Arbitrary<ParagraphSpec> = fc.record({
  sentences: fc.array(sentence, { minLength: 1, maxLength: 5 }),
  quirkySpaces: fc.boolean(),
});
const title = fc
  .array(fc.constantFrom(...HAN), { minLength: 2, maxLength: 16 })
  .map((chars) => chars.join(''));
const paragraphs = fc.array(paragraph, { minLength: 1, maxLength: 4 });
const chapter: fc.Arbitrary<SectionSpec> = fc.record({
  title,
  paragraphs,
  subsections: fc.array(
    fc.record({
      title,
      paragraphs,
      numbered: fc.array(fc.record({ title, paragraphs }), { maxLength: 3 }),
    }),
    { maxLength: 2 },
  ),
});
const report: fc.Arbitrary<ReportSpec> = fc.record({
  chapters: fc.array(chapter, { minLength: 1, maxLength: 4 }),
  pageLength: fc.integer({ min: 8, max: 30 }),
  printFirstNumber: fc.boolean(),
});

describe('segment: property tests on reports laid out like the extraction', () => {
  it('recovers every paragraph, its number, section and footnotes, and loses no text', () => {
    fc.assert(
      fc.property(report, (spec) => {
        const synthetic = layOutReport(spec);
        const result = segment(synthetic.text, 'A/HRC/44/28');
        expect(
          result.paragraphs.map(({ number, section, text, footnotes }) => ({
            number,
            section,
            text,
            footnotes,
          })),
        ).toEqual(synthetic.paragraphs);
        expect(result.sections.map((section) => section.id)).toEqual(synthetic.sectionIds);
        const accounted = Object.values(result.coverage.characters).reduce((a, b) => a + b, 0);
        expect(accounted).toBe(result.coverage.inputCharacters);
      }),
      fuzzSettings(150),
    );
  });

  it('gives the same paragraphs without blank lines or with CRLF line endings', () => {
    fc.assert(
      fc.property(report, (spec) => {
        const { text } = layOutReport(spec);
        const lines = text.split('\n');
        const texts = (input: string) =>
          segment(input, 'A/HRC/44/28').paragraphs.map((p) => p.text);
        const reference = texts(text);
        expect(texts(lines.filter((line) => line.trim() !== '').join('\n'))).toEqual(reference);
        expect(texts(text.replace(/\n/gu, '\r\n'))).toEqual(reference);
      }),
      fuzzSettings(50),
    );
  });
});
