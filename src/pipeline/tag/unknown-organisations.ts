import type { Span } from './title-spans.ts';

const SUFFIX =
  /(?:委员会|组织|联盟|基金|银行|大学|办公室|办事处|理事会|论坛|网络|集团|中心|研究所|共同体|部|署|局|院|团)/gu;
const BOUNDARY = /[与和同向为在由对及、，。；：“”《》()（）\s\d了将把被从经其该这各等]/u;

/**
 * Spans that look like an organisation's name (a run of Chinese ending in 委员会, 组织, 银行 ...)
 * and that no tag covers: listed in the prep report so that nothing is dropped silently.
 */
export function findOrganisationLikeSpans(text: string, covered: readonly Span[]): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(SUFFIX)) {
    const end = match.index + match[0].length;
    let start = match.index;
    while (start > 0 && end - start < 18 && !BOUNDARY.test(text[start - 1] ?? '')) start -= 1;
    if (end - start <= match[0].length + 1) continue;
    if (covered.some((span) => span.start < end && start < span.end)) continue;
    if (found.some((span) => span.start === start && span.end === end)) continue;
    found.push({ start, end });
  }
  return found;
}
