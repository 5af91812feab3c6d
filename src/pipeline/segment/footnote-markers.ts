/**
 * Footnote markers are digits glued to the preceding Chinese character or punctuation and
 * followed by a space or the end of the text: "十年。2", "出版物4 和", "》13 (". Numbers in
 * running text are set off by spaces ("第 16 至 23 段"), so they do not match.
 */
export function findFootnoteMarker(text: string, number: number, from = 0): number | null {
  const pattern = new RegExp(
    `(?<=[\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF”’])${number}(?=\\s|$)`,
    'gu',
  );
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? match.index : null;
}

export const FOOTNOTE_START = /^(\d{1,3})\s+(\S.*)$/u;

/** Whether a footnote's text so far is complete: it ends a sentence or an address. */
export function footnoteLooksComplete(text: string): boolean {
  return /[。.．]$/u.test(text.trim());
}
