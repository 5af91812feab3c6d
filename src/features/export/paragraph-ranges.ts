import type { Language } from '../../lib/i18n/messages.ts';
import { paragraphMark } from '../../lib/citation/citation.ts';
import {
  compressParagraphs,
  paragraphsByReport,
} from '../../lib/provenance/compress-paragraphs.ts';

export { compressParagraphs };

/** "Source: A/HRC/44/28, ¶¶ 16, 24–26" / "资料来源：A/HRC/44/28，第 16、24–26 段", one line per report. */
export function sourceLines(
  sources: readonly { report: string; paragraph: number }[],
  language: Language,
  fallbackReport: string,
): string[] {
  const byReport = paragraphsByReport(sources);
  if (byReport.size === 0) {
    return [language === 'zh' ? `资料来源：${fallbackReport}` : `Source: ${fallbackReport}`];
  }
  return [...byReport].map(([report, paragraphs]) => {
    if (language === 'zh') return `资料来源：${report}，${paragraphMark(paragraphs, 'zh')}`;
    const marks = new Set(paragraphs).size === 1 ? '¶' : '¶¶';
    return `Source: ${report}, ${marks} ${compressParagraphs(paragraphs)}`;
  });
}
