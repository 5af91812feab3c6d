import { COUNT_MEASURE_WORDS, NUMBER_FOLLOWERS } from '../text/measure-words.ts';

/**
 * Footnote markers are digits glued to the preceding Chinese character or punctuation and
 * followed by a space, the end of the text or a Chinese character: "十年。2", "出版物4 和",
 * "》13 (", "分享。1他强调". Numbers in running text are set off by spaces ("第 16 至 23 段");
 * a number glued to what follows it is a marker only when no measure word follows ("第3条",
 * "3个" are not markers).
 */
export function findFootnoteMarker(text: string, number: number, from = 0): number | null {
  // After an enumeration comma, "、12 个" is the next item of a list, not a marker.
  const afterList = `(?<=[、，；：])${number}(?=\\s(?![${MEASURE_WORDS}]|${COUNTED_BARE})|$|(?![${MEASURE_WORDS}])[\\p{Script=Han}])`;
  const afterText = `(?<=[\\p{Script=Han}\\u3000-\\u3000\\u3002-\\u303F\\uFF00-\\uFF0B\\uFF0D-\\uFF19\\uFF1C-\\uFFEF”’])(?<!第)${number}(?=\\s|$|[《“「（(]|(?![${MEASURE_WORDS}])[\\p{Script=Han}])`;
  const pattern = new RegExp(`${afterList}|${afterText}`, 'gu');
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? match.index : null;
}

/** What follows a counted number in running text, so that a number before it is no marker. */
const MEASURE_WORDS = COUNT_MEASURE_WORDS + NUMBER_FOLLOWERS;

/**
 * Nouns a number counts without a measure word, after a space in a list ("其中 12 人来自亚洲，9 人来自
 * 太平洋", "6 岁以下"): a repeated marker after a comma is then no marker. 人权 opens a sentence or a
 * note ("，9 人权理事会"), so 人 counts only when 权 does not follow.
 */
const COUNTED_BARE = '人(?!权)|[岁倍]';

/**
 * The end of a marker's span: the digits, and the space an extraction sets after a superscript
 * before Chinese text or a number (Chinese typesetting puts none after a full stop there).
 */
export function markerEnd(text: string, start: number, number: number): number {
  const end = start + String(number).length;
  return text[end] === ' ' && CLOSE_AFTER_MARKER.test(text[end + 1] ?? '') ? end + 1 : end;
}

/** What a marker is set against without a space in Chinese text: characters, marks, numbers. */
export const CLOSE_AFTER_MARKER = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“‘\d([]/u;

export const FOOTNOTE_START = /^(\d{1,3})\s+(\S.*)$/u;

/** Abbreviations a citation ends a line with ("p. 2", "No. 5") without ending the note. */
const ABBREVIATION =
  /(?:^|[\s(])(?:p|pp|para|paras|No|Nos|no|vol|Vol|art|arts|chap|sect|e\.g|i\.e|cf|ed|eds|Mr|Ms|Dr|St|Rev|Corr|Add)\.$/u;

/** Whether a footnote's text so far is complete: it ends a sentence or an address. */
export function footnoteLooksComplete(text: string): boolean {
  const trimmed = text.trim();
  if (/[。．]$/u.test(trimmed)) return true;
  // "…Advisory Opinion, I.C.J." goes on with "Reports 2025.": an initialism ends in a full stop.
  return (
    trimmed.endsWith('.') &&
    !ABBREVIATION.test(trimmed) &&
    !/(?:^|[\s(])(?:[A-Z]\.){2,}$/u.test(trimmed)
  );
}
