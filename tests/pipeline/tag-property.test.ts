import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/domain/paragraphs.ts';
import { tagAndBuildRecords } from '../../src/pipeline/run-tagging.ts';
import type { ReferenceInput } from '../../src/pipeline/tag/reference-input.ts';
import { loadReference } from '../../scripts/prep/load-reference.ts';
import { fuzzSettings } from '../support/fuzz-settings.ts';

/** `npm run fuzz` raises the runs (FUZZ_RUNS=20000 npm run fuzz for more). */
const FUZZ = fuzzSettings(100);
const RUNS = FUZZ.numRuns;
const root = fileURLToPath(new URL('../..', import.meta.url));

let reference: ReferenceInput;
let fragment: fc.Arbitrary<string>;

/** Real pieces of report text: names the dictionary knows, titles, numbers, punctuation, noise. */
function fragments(input: ReferenceInput): fc.Arbitrary<string> {
  const names = (
    entries: readonly { names: { zh: string; en: string }; aliases: readonly unknown[] }[],
  ) =>
    entries
      .flatMap((entry) => [
        entry.names.zh,
        entry.names.en,
        ...entry.aliases.map((alias) =>
          typeof alias === 'string' ? alias : String((alias as { text: string }).text),
        ),
      ])
      .filter((name) => name.length > 0);
  const countries = names(input.countries);
  const partners = names(input.partners);
  const cities = input.cities.map((city) => city.names.zh).filter((name) => name.length > 0);
  const lookalikes = input.lookalikes.map((entry) => entry.text);
  const words = [
    '人权高专办',
    '联合国人权事务高级专员办事处',
    '高级专员',
    '在',
    '向',
    '与',
    '和',
    '为',
    '举办了',
    '提供了技术援助',
    '支持',
    '培训',
    '名受益者',
    '个项目',
    '美元',
    '国家办事处',
    '区域办事处',
    '人权顾问',
    '自愿基金',
    '下文第 16 至 23 段',
    'A/HRC/43/33',
    'CEDAW/C/BRB/CO/5-8',
  ];
  const title = fc
    .array(fc.constantFrom(...countries, ...partners, '公约', '宣言', '议程'), { maxLength: 3 })
    .map((parts) => `《${parts.join('')}》`);
  const number = fc.oneof(
    fc.nat({ max: 100_000 }).map(String),
    fc.nat({ max: 999 }).map((n) => `${n},${String(n).padStart(3, '0')}`),
    fc.tuple(fc.nat({ max: 99 }), fc.nat({ max: 9 })).map(([a, b]) => `${a}.${b}`),
    fc.constantFrom('84', '2019 年', '2020 年 6 月', '百分之十', '三十', '1 200 万'),
  );
  const cjk = fc
    .array(fc.integer({ min: 0x4e00, max: 0x9fff }), { minLength: 1, maxLength: 6 })
    .map((codes) => String.fromCharCode(...codes));
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...countries) },
    { weight: 2, arbitrary: fc.constantFrom(...partners) },
    { weight: 1, arbitrary: fc.constantFrom(...cities, ...lookalikes) },
    { weight: 4, arbitrary: fc.constantFrom(...words) },
    { weight: 1, arbitrary: title },
    { weight: 2, arbitrary: number },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '，',
        '。',
        '、',
        '；',
        '：',
        '（',
        '）',
        '“',
        '”',
        ' ',
        '\n',
        '!',
        '?',
      ),
    },
    { weight: 2, arbitrary: cjk },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  );
}

const paragraph = (text: string, number: number): Paragraph => ({
  report: 'TEST/1',
  number,
  section: ['I'],
  text,
  footnotes: [],
  footnoteRefs: [],
  numberSource: 'recovered',
  lines: { first: number, last: number },
});

beforeAll(async () => {
  reference = (await loadReference(root)).reference;
  fragment = fragments(reference);
});

describe('tagger: properties over random paragraphs built from real fragments', () => {
  it('never throws; tags, records and figures point at text their paragraph has', () => {
    let tags = 0;
    let records = 0;
    const paragraphText = () =>
      fc.array(fragment, { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(paragraphText(), { minLength: 1, maxLength: 4 }), (texts) => {
        const paragraphs = texts.map((text, index) => paragraph(text, index + 1));
        const byNumber = new Map(paragraphs.map((p) => [p.number, p]));
        const result = tagAndBuildRecords(paragraphs, reference, []);
        records += result.records.length;
        tags += result.tagged.flatMap((t) => t.sentences).flatMap((s) => s.tags).length;

        for (const tagged of result.tagged) {
          const { text } = tagged.paragraph;
          for (const sentence of tagged.sentences) {
            expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
            for (const tag of sentence.tags) {
              expect(tag.start).toBeGreaterThanOrEqual(0);
              expect(tag.end).toBeGreaterThan(tag.start);
              expect(tag.end).toBeLessThanOrEqual(text.length);
              expect(text.slice(tag.start, tag.end)).toBe(tag.text);
            }
            for (const figure of sentence.figures) {
              expect(text.slice(figure.start, figure.end)).toBe(figure.text);
            }
          }
          for (const unknown of tagged.unknownOrganisations) {
            expect(text.slice(unknown.start, unknown.end)).toBe(unknown.text);
          }
        }
        for (const record of result.records) {
          const source = byNumber.get(record.paragraph);
          expect(source).toBeDefined();
          const text = source?.text ?? '';
          const { sentence, sentenceStart, spans } = record.evidence;
          expect(text.slice(sentenceStart, sentenceStart + sentence.length)).toBe(sentence);
          for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
        }
        for (const figure of result.figures) {
          const text = byNumber.get(figure.paragraph)?.text;
          expect(text).toBeDefined();
          expect(text?.slice(figure.start, figure.end)).toBe(figure.text);
        }
      }),
      FUZZ,
    );
    // The fragments are real enough to produce tags and records, so the checks above bite.
    expect(tags).toBeGreaterThan(RUNS);
    expect(records).toBeGreaterThan(0);
  });
});
