/** Recognises the three heading levels of a UN report: "一.", "A.", "1.". */
import { chineseNumeralValue } from '../text/chinese-numerals.ts';

export { chineseNumeralValue };

export type HeadingLevel = 'chapter' | 'subsection' | 'subsubsection';

export interface HeadingMatch {
  readonly level: HeadingLevel;
  readonly label: string;
  /** Chapter as a Roman numeral, subsection letter, or sub-subsection number. */
  readonly key: string;
  readonly title: string;
}

const CHAPTER = /^([一二三四五六七八九十]{1,3})\s*[.．、]\s*(\S.*)$/u;
const ROMAN_CHAPTER = /^([IVX]{1,5})\s*\.\s+(\S.*)$/u;
const SUBSECTION = /^([A-Z])\s*[.．]\s+(\S.*)$/u;
/**
 * "12. ", "12．" or "12<TAB>": some extractions drop the full stop and keep the tab. Not a dotted
 * number a wrapped line opens with ("16.3.1/16.b.1 的保管机构", "16.a.1、"): an indicator's number.
 */
const NUMBERED = /^(\d{1,3})(?:\s*[.．](?![\dA-Za-z]{1,3}[.．/、，])\s*|\t\s*)(\S.*)$/u;

export function toRoman(value: number): string {
  const numerals: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let roman = '';
  for (const [amount, symbol] of numerals) {
    while (rest >= amount) {
      roman += symbol;
      rest -= amount;
    }
  }
  return roman;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

function romanValue(roman: string): number {
  let total = 0;
  const chars = [...roman];
  chars.forEach((char, index) => {
    const value = ROMAN_VALUES[char] ?? 0;
    const next = ROMAN_VALUES[chars[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  });
  return total;
}

/** Headings never end a sentence; a line that does is body text. */
function looksLikeTitle(title: string): boolean {
  return !/[。；;！？：:]$/u.test(title);
}

/**
 * "12. 2019 年，……" is a printed paragraph number before a sentence opening on a year; a numbered
 * heading's title does not open with a digit. Chapter and letter headings may ("二. 2026 年的主要动态").
 */
function looksLikeNumberedTitle(title: string): boolean {
  return looksLikeTitle(title) && !/^\d/u.test(title);
}

export function matchChapter(text: string): HeadingMatch | null {
  const chinese = CHAPTER.exec(text);
  if (chinese) {
    const value = chineseNumeralValue(chinese[1] ?? '');
    const title = chinese[2] ?? '';
    if (value === null || Number.isNaN(value) || !looksLikeTitle(title)) return null;
    return { level: 'chapter', label: `${chinese[1]}.`, key: toRoman(value), title };
  }
  const roman = ROMAN_CHAPTER.exec(text);
  if (roman && looksLikeTitle(roman[2] ?? '')) {
    const value = romanValue(roman[1] ?? '');
    return { level: 'chapter', label: `${roman[1]}.`, key: toRoman(value), title: roman[2] ?? '' };
  }
  return null;
}

export function matchSubsection(text: string): HeadingMatch | null {
  const match = SUBSECTION.exec(text);
  if (!match || !looksLikeTitle(match[2] ?? '')) return null;
  return { level: 'subsection', label: `${match[1]}.`, key: match[1] ?? '', title: match[2] ?? '' };
}

/** "1. 国别和区域办事机构" is a heading; "1. 人权理事会在 ..." may be a printed paragraph number. */
export function matchNumbered(text: string): { number: number; rest: string } | null {
  const match = NUMBERED.exec(text);
  if (!match) return null;
  return { number: Number(match[1]), rest: match[2] ?? '' };
}

export function numberedHeading(number: number, title: string): HeadingMatch | null {
  if (!looksLikeNumberedTitle(title)) return null;
  return { level: 'subsubsection', label: `${number}.`, key: String(number), title };
}
