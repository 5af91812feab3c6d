import type { Language } from '../../lib/i18n/messages.ts';
import { compressParagraphs } from '../../lib/provenance/compress-paragraphs.ts';

export { compressParagraphs };

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
