export interface SentenceSpan {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

const OPENERS: Record<string, string> = { '《': '》', '“': '”', '(': ')', '（': '）', '「': '」' };
const CLOSERS = new Set(Object.values(OPENERS));
// A semicolon joins clauses of one sentence in Chinese: it is not a stop.
const STOPS = new Set(['。', '！', '？']);

/**
 * Splits a paragraph at sentence stops outside quotes, titles and brackets. Closing quotes and a
 * footnote marker after the stop stay with the sentence ("合作”。1"); digits that are not a known
 * marker start the next sentence ("。30 多个国家").
 */
export function splitSentences(
  text: string,
  footnoteMarkers: readonly { start: number; end: number }[] = [],
): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const open: string[] = [];
  let start = 0;
  let index = 0;
  while (index < text.length) {
    const char = text[index] ?? '';
    if (OPENERS[char]) open.push(OPENERS[char]);
    else if (CLOSERS.has(char) && open[open.length - 1] === char) open.pop();
    index += 1;
    if (STOPS.has(char) && open.length === 0) {
      while (index < text.length && /[”’)）」]/u.test(text[index] ?? '')) index += 1;
      const marker = footnoteMarkers.find((m) => m.start === index);
      if (marker) index = marker.end;
      pushSpan(spans, text, start, index);
      start = index;
    }
  }
  pushSpan(spans, text, start, text.length);
  return spans;
}

function pushSpan(spans: SentenceSpan[], text: string, start: number, end: number): void {
  let from = start;
  while (from < end && /\s/u.test(text[from] ?? '')) from += 1;
  let to = end;
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to -= 1;
  if (to > from) spans.push({ index: spans.length, start: from, end: to });
}
