/** Character classes for joining wrapped lines and measuring their printed width. */

const HAN = /\p{Script=Han}/u;
// CJK symbols and punctuation, full-width forms, and the dashes and ellipses Chinese text uses.
const CJK_PUNCT = /[\u3000-\u303F\uFF00-\uFFEF\u2014\u2015\u2026\u00B7]/u;
const LATIN_WORD = /[\p{L}\p{N}]/u;
/** What a tab after a printed paragraph number ("16.\t") stands for: the number's indent. */
const TAB_WIDTH = 4;

export type CharKind = 'han' | 'cjk-punct' | 'latin-word' | 'latin-punct' | 'space';

export function charKind(char: string): CharKind {
  if (/\s/u.test(char)) return 'space';
  if (HAN.test(char)) return 'han';
  if (CJK_PUNCT.test(char)) return 'cjk-punct';
  if (LATIN_WORD.test(char)) return 'latin-word';
  return 'latin-punct';
}

/** Width in half-width units: ideographs and full-width punctuation take two; a tab, an indent. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (char === '\t') {
      width += TAB_WIDTH;
      continue;
    }
    const kind = charKind(char);
    width += kind === 'han' || kind === 'cjk-punct' || char === '“' || char === '”' ? 2 : 1;
  }
  return width;
}

export function firstChar(text: string): string {
  const code = text.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The last code point, read from the end: constant time however long the text. */
export function lastChar(text: string): string {
  if (text.length === 0) return '';
  const last = text.charCodeAt(text.length - 1);
  const isLowSurrogate = last >= 0xdc00 && last <= 0xdfff;
  return isLowSurrogate && text.length >= 2 ? text.slice(-2) : text.slice(-1);
}

/** The text without any whitespace: what the text-loss check compares. */
export function nonSpace(text: string): string {
  return text.replace(/\s+/gu, '');
}
