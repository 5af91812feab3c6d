import { describe, expect, it } from 'vitest';
import type { ActivityRecord, Paragraph } from '../../src/domain/index.ts';
import { bracketFootnoteMarkers } from '../../src/lib/citation/citation.ts';
import { sentenceTextOf } from '../../src/features/export/records-export-state.ts';

// ¶19 of A/HRC/44/28 as printed: footnote 5's marker sits after "项目，".
const text = '人权高专办开展了问责和补救项目，5 与权利主体、国家和其他伙伴合作。第二句没有脚注。';
const marker = text.indexOf('5');
const paragraph = {
  report: 'A/HRC/44/28',
  number: 19,
  text,
  footnoteRefs: [{ number: 5, start: marker, end: marker + 1 }],
} as unknown as Paragraph;

function record(sentence: string): ActivityRecord {
  return {
    report: 'A/HRC/44/28',
    paragraph: 19,
    evidence: { sentence, sentenceStart: text.indexOf(sentence), spans: [] },
  } as unknown as ActivityRecord;
}

describe('footnote markers in exported sentences', () => {
  it('brackets a marker inside the sentence, at paragraph offsets', () => {
    const first = '人权高专办开展了问责和补救项目，5 与权利主体、国家和其他伙伴合作。';
    expect(sentenceTextOf([paragraph])(record(first))).toBe(
      '人权高专办开展了问责和补救项目，[5] 与权利主体、国家和其他伙伴合作。',
    );
  });

  it('leaves a sentence without markers, and a paragraph it does not know, as they are', () => {
    expect(sentenceTextOf([paragraph])(record('第二句没有脚注。'))).toBe('第二句没有脚注。');
    expect(sentenceTextOf([])(record('第二句没有脚注。'))).toBe('第二句没有脚注。');
  });

  it('ignores markers outside the text and overlapping ones', () => {
    const refs = [
      { number: 1, start: 2, end: 3 },
      { number: 2, start: 2, end: 3 },
      { number: 9, start: 40, end: 41 },
    ];
    expect(bracketFootnoteMarkers('ab1cd', refs)).toBe('ab[1]cd');
    expect(bracketFootnoteMarkers('xx', refs, 10)).toBe('xx');
  });
});
