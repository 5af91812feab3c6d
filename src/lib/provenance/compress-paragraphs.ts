import type { ParagraphRef } from './sources-request.ts';

/** 16, 24, 25, 26 -> "16, 24–26" (sorted, unique; runs of three or more, or two, joined by an en dash). */
export function compressParagraphs(paragraphs: readonly number[], separator = ', '): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b);
  const parts: string[] = [];
  let index = 0;
  while (index < sorted.length) {
    const start = sorted[index] as number;
    let end = start;
    while (sorted[index + 1] === end + 1) {
      end += 1;
      index += 1;
    }
    parts.push(start === end ? String(start) : `${start}–${end}`);
    index += 1;
  }
  return parts.join(separator);
}

/** The paragraphs of each report, in the order the reports are first named. */
export function paragraphsByReport(
  refs: readonly { report: string; paragraph: number }[],
): Map<string, number[]> {
  const byReport = new Map<string, number[]>();
  for (const { report, paragraph } of refs) {
    const paragraphs = byReport.get(report);
    if (paragraphs) paragraphs.push(paragraph);
    else byReport.set(report, [paragraph]);
  }
  return byReport;
}

/** "A/HRC/44/28 ¶¶ 16, 24–26", one part per report: where a bar's number comes from. */
export function paragraphsText(refs: readonly ParagraphRef[]): string {
  return [...paragraphsByReport(refs)]
    .map(([report, paragraphs]) => {
      const marks = new Set(paragraphs).size > 1 ? '¶¶' : '¶';
      return `${report} ${marks} ${compressParagraphs(paragraphs)}`;
    })
    .join('; ');
}
