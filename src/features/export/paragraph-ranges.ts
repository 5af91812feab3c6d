import type { Language } from '../../lib/i18n/messages.ts';

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

/** "Source: A/HRC/44/28, ¶¶ 16, 24–26" / "资料来源：A/HRC/44/28，第 16、24–26 段", one line per report. */
export function sourceLines(
  sources: readonly { report: string; paragraph: number }[],
  language: Language,
  fallbackReport: string,
): string[] {
  const byReport = new Map<string, number[]>();
  for (const { report, paragraph } of sources) {
    const paragraphs = byReport.get(report);
    if (paragraphs) paragraphs.push(paragraph);
    else byReport.set(report, [paragraph]);
  }
  if (byReport.size === 0) {
    return [language === 'zh' ? `资料来源：${fallbackReport}` : `Source: ${fallbackReport}`];
  }
  return [...byReport].map(([report, paragraphs]) => {
    if (language === 'zh')
      return `资料来源：${report}，第 ${compressParagraphs(paragraphs, '、')} 段`;
    const marks = new Set(paragraphs).size === 1 ? '¶' : '¶¶';
    return `Source: ${report}, ${marks} ${compressParagraphs(paragraphs)}`;
  });
}
