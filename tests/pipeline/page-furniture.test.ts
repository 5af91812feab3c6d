import { describe, expect, it } from 'vitest';
import {
  findDocumentSymbol,
  isBarePageNumber,
  isPageHeaderOrFooter,
  isUrlAnnotation,
} from '../../src/pipeline/segment/page-furniture.ts';
import { toRawLines } from '../../src/pipeline/segment/raw-lines.ts';

describe('page furniture', () => {
  it.each(['A/HRC/44/28', 'GE.20-06161 5', '6 GE.20-06161', 'GE.20-06161(C)', 'A/HRC/44/28*'])(
    'recognises header or footer %s',
    (line) => expect(isPageHeaderOrFooter(line)).toBe(true),
  );

  it.each(['A/HRC/43/33 所述', '2020 年', 'GE 公司'])('leaves body text %s', (line) => {
    expect(isPageHeaderOrFooter(line)).toBe(false);
  });

  it('takes a bare number for a page number only beside a header or footer', () => {
    const lines = toRawLines('A/HRC/44/28\n\n7\n\n正文\n\n2019\n\n正文');
    expect(isBarePageNumber(lines, 2)).toBe(true);
    expect(isBarePageNumber(lines, 6)).toBe(false);
  });

  it('drops repeated or glued URL lines but keeps a lone URL a footnote needs', () => {
    const lines = toRawLines(
      'http://见www.un.org/a\nhttps://x.org/b\nhttps://x.org/b\nhttps://example.org/only-here',
    );
    expect(isUrlAnnotation(lines, 0, '')).toBe(true);
    expect(isUrlAnnotation(lines, 1, '')).toBe(true);
    expect(isUrlAnnotation(lines, 3, '')).toBe(false);
    expect(isUrlAnnotation(lines, 3, '见 https://example.org/only-here。')).toBe(true);
  });

  it('finds the document symbol in the page headers', () => {
    expect(findDocumentSymbol('人权理事会\n\nA/HRC/44/28 \n\n正文')).toBe('A/HRC/44/28');
    expect(findDocumentSymbol('没有符号')).toBeNull();
  });
});
