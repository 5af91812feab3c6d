import type { Span } from './title-spans.ts';

const SUFFIX =
  /(?:委员会|组织|联盟|基金会?|银行|大学|办公室|办事处|理事会|论坛|网络|集团|中心|研究所|共同体|特派团|代表团|监测团|部|署|局)/gu;
/** A suffix followed by one of these continues a word (团结, 部分, 中心地位), not a name. */
const WORD_GOES_ON = /^(?:结|分|门|际|长|位|置|队|署|会|件|点|线)/u;
const BOUNDARY = /[与和同向为在由对及、，。；：“”《》()（）\s\d了将把被从经其该这各等]/u;

/**
 * Spans that look like an organisation's name (a run of Chinese ending in 委员会, 组织, 银行 ...)
 * and that no tag covers: listed in the prep report so that nothing is dropped silently.
 */
export function findOrganisationLikeSpans(text: string, covered: readonly Span[]): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(SUFFIX)) {
    const end = match.index + match[0].length;
    if (WORD_GOES_ON.test(text.slice(end))) continue;
    let start = match.index;
    while (start > 0 && end - start < 18 && !BOUNDARY.test(text[start - 1] ?? '')) start -= 1;
    if (end - start <= match[0].length + 1 || /^(?:第|一|几|多|些|个)/u.test(text.slice(start)))
      continue;
    if (covered.some((span) => span.start < end && start < span.end)) continue;
    if (found.some((span) => span.start === start && span.end === end)) continue;
    found.push({ start, end });
  }
  return found;
}
