import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/pipeline/segment/classify-lines.ts';
import { toRawLines } from '../../src/pipeline/segment/raw-lines.ts';

// Fictional page bottoms, written for this test.
/** A page whose note lines sit above its footer, or, with `footer: false`, with no footer below
 * them, so that only the note's address can carry it. */
const page = (noteLines: string[], { footer = true } = {}) =>
  [
    '该办事处在 2031 年走访了 7 个接待站。据该国统计，经边境进入的移民约 3 万人。1',
    '  ',
    ...noteLines,
    ...(footer ? ['A/HRC/99/9', 'GE.31-01234 3'] : []),
    '区域办事处支持三国的国家防范机制加强拘留场所监测。',
  ].join('\n');

const footnoteTexts = (text: string) =>
  classifyLines(toRawLines(text)).footnotes.map((note) => note.lines.map((l) => l.text));
const contentTexts = (text: string) =>
  classifyLines(toRawLines(text)).content.map((line) => line.text);

describe('classifyLines: footnotes at a page bottom', () => {
  it('goes on with a note cut after a Chinese comma, even when the next line opens in Chinese', () => {
    const text = page(['1 国家移民局，Tránsito irregular 2031，', '可查阅 www.example.org/data。']);
    expect(footnoteTexts(text)).toEqual([
      ['1 国家移民局，Tránsito irregular 2031，', '可查阅 www.example.org/data。'],
    ]);
    expect(contentTexts(text)).not.toContain('可查阅 www.example.org/data。');
  });

  it('ends a note cut after Latin text when the next line is Chinese body text', () => {
    const text = page(['1 Annual Report 2031']).replace('A/HRC/99/9\nGE.31-01234 3\n', '');
    expect(footnoteTexts(text)).toEqual([['1 Annual Report 2031']]);
    expect(contentTexts(text).at(-1)).toBe('区域办事处支持三国的国家防范机制加强拘留场所监测。');
  });

  it('ends a note that is an address when body text follows it, and keeps an address wrapped', () => {
    const body = '2031 年，各国共交存了 12 份批准书。';
    const text = page(['1 https://example.org/a-long-page', body]).replace(
      'A/HRC/99/9\nGE.31-01234 3\n',
      '',
    );
    expect(footnoteTexts(text)).toEqual([['1 https://example.org/a-long-page']]);
    expect(contentTexts(text)).toContain(body);
    const wrapped = page(['1 https://example.org/a_long_', 'page_2031.pdf']);
    expect(footnoteTexts(wrapped)).toEqual([['1 https://example.org/a_long_', 'page_2031.pdf']]);
  });

  // Blind round 8 (fictional-17): written anew.
  it('keeps an address wrapped inside a word, with the text after its tail', () => {
    const text = page(
      ['1 完整名单见 https://www.example.org/en/field-', 'presences-list。其他存在另计。'],
      { footer: false },
    );
    expect(footnoteTexts(text)).toEqual([
      ['1 完整名单见 https://www.example.org/en/field-', 'presences-list。其他存在另计。'],
    ]);
  });

  it('reads an address line after an unfinished note as the note’s, though an earlier note shares its start', () => {
    const text = page([
      '1 Guide one, available at https://www.example.org/sites/default/files/Documents/a.pdf.',
      '2 Guide two, available at',
      'https://www.example.org/sites/default/files/Documents/Publications/',
      'b.pdf.',
    ]);
    expect(footnoteTexts(text)[1]).toEqual([
      '2 Guide two, available at',
      'https://www.example.org/sites/default/files/Documents/Publications/',
      'b.pdf.',
    ]);
  });

  it('goes on with a list of addresses after one closed by a semicolon', () => {
    const text = page(
      ['1 See https://www.example.org/en/a-main;', 'and https://www.example.org/en/b.'],
      { footer: false },
    );
    expect(footnoteTexts(text)).toEqual([
      ['1 See https://www.example.org/en/a-main;', 'and https://www.example.org/en/b.'],
    ]);
  });

  it('goes on with an address after 和 when the line before ends on an address', () => {
    // Written for this test: a Chinese note citing two addresses, wrapped before the second.
    const text = page(
      [
        '3 见 https://www.example.org/files/guide-a.pdf',
        '和 https://www.example.org/files/guide-b.pdf。',
      ],
      { footer: false },
    );
    expect(footnoteTexts(text)).toEqual([
      [
        '3 见 https://www.example.org/files/guide-a.pdf',
        '和 https://www.example.org/files/guide-b.pdf。',
      ],
    ]);
  });

  it('reads a wrapped address line as the note’s though a longer address of an earlier note starts with it', () => {
    const text = page([
      '1 Guide one, https://www.example.org/files/Documents/a/b.pdf.',
      '2 Guide two, available at',
      'https://www.example.org/files/Documents/',
      'c/d.pdf.',
    ]);
    expect(footnoteTexts(text)[1]).toEqual([
      '2 Guide two, available at',
      'https://www.example.org/files/Documents/',
      'c/d.pdf.',
    ]);
  });
});
