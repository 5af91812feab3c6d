import { charKind, firstChar, lastChar } from './char-classes.ts';

const URL_TOKEN = /(?:https?:\/\/|www\.)\S*$/u;
const URL_CONTINUATION = /^[\w%~#=&?./-]+/u;

/**
 * What goes between two wrapped lines of one paragraph: nothing between Chinese characters,
 * a space between Latin words and between a Chinese character and a Latin word or number
 * (as the report prints "在 2019 年"), nothing where a URL or hyphenated token was broken.
 */
export function lineSeparator(previous: string, next: string): string {
  const before = lastChar(previous);
  const after = firstChar(next);
  const kindBefore = charKind(before);
  const kindAfter = charKind(after);
  if (kindBefore === 'cjk-punct' || kindAfter === 'cjk-punct') return '';
  if (kindBefore === 'han' && kindAfter === 'han') return '';
  if (kindBefore === 'han' || kindAfter === 'han') {
    const latin = kindBefore === 'han' ? kindAfter : kindBefore;
    return latin === 'latin-word' ? ' ' : '';
  }
  if (/[-/_]$/u.test(previous)) return '';
  // A closing quotation mark of Chinese text and the bracket after it: "进展”(序言)".
  if (/[”’]$/u.test(previous) && /^[(（[]/u.test(next)) return '';
  if (/^[.,;:!?)\]}”’]/u.test(after)) return '';
  if (/[([{“‘]$/u.test(before)) return '';
  if (URL_TOKEN.test(previous) && !/[.。]$/u.test(previous) && URL_CONTINUATION.test(next)) {
    const continuation = URL_CONTINUATION.exec(next)?.[0] ?? '';
    if (/[./%_]/u.test(continuation)) return '';
  }
  return ' ';
}

/** Joins trimmed wrapped lines into one text. */
export function joinLines(lines: readonly string[]): string {
  const parts: string[] = [];
  // The separator looks only at the end of the text so far (a URL broken over lines included):
  // a bounded tail keeps joining linear in a paragraph of any length.
  let tail = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const piece = parts.length === 0 ? line : lineSeparator(tail, line) + line;
    parts.push(piece);
    tail = (tail + piece).slice(-TAIL);
  }
  return parts.join('').replace(/[ \t\u00A0]{2,}/gu, ' ');
}

/** Longer than any URL or token the separator must see whole. */
const TAIL = 512;
