/**
 * Citations of a UN report, a paragraph of it and a view of the dashboard, in the style UN
 * documents cite each other: issuing body, title, symbol, year, paragraph, permanent link, date
 * accessed. Pure strings: the UI copies them, tests read them.
 */
import type { Language } from '../i18n/languages.ts';
import { formatDate } from '../i18n/locale.ts';
import { compressParagraphs } from '../provenance/compress-paragraphs.ts';

export interface CitedReport {
  readonly symbol: string;
  readonly year: number | null;
  readonly title: { readonly zh: string; readonly en: string } | null;
}

// The body a symbol's series belongs to, by the symbol's leading parts (longest first). These are
// the UN's own symbol series (ST/LIB/SER.B/5/Rev.5, "United Nations Document Series Symbols").
const ISSUING_BODIES: readonly (readonly [string, { zh: string; en: string }])[] = [
  ['A/HRC/', { zh: '联合国人权理事会', en: 'United Nations, Human Rights Council' }],
  ['A/', { zh: '联合国大会', en: 'United Nations, General Assembly' }],
  ['E/', { zh: '联合国经济及社会理事会', en: 'United Nations, Economic and Social Council' }],
  ['S/', { zh: '联合国安全理事会', en: 'United Nations, Security Council' }],
];

export function issuingBody(symbol: string, language: Language): string {
  const match = ISSUING_BODIES.find(([prefix]) => symbol.startsWith(prefix));
  return match ? match[1][language] : language === 'zh' ? '联合国' : 'United Nations';
}

/** The UN's permanent link to a document in one of its official languages (undocs.org). */
export function documentLink(symbol: string, language: Language): string {
  return `https://undocs.org/${language}/${symbol}`;
}

/** "para. 36" / "paras. 3–9, 36" / "第 36 段" / "第 3–9、36 段". */
export function paragraphMark(paragraphs: readonly number[], language: Language): string {
  if (paragraphs.length === 0) return '';
  if (language === 'zh') return `第 ${compressParagraphs(paragraphs, '、')} 段`;
  const marks = new Set(paragraphs).size === 1 ? 'para.' : 'paras.';
  return `${marks} ${compressParagraphs(paragraphs)}`;
}

/**
 * United Nations, Human Rights Council, "Title" (A/HRC/44/28, 2020), para. 36.
 * https://undocs.org/en/A/HRC/44/28 (accessed 2 December 2026).
 */
export function reportCitation(
  report: CitedReport,
  paragraphs: readonly number[],
  language: Language,
  accessed: Date,
): string {
  const body = issuingBody(report.symbol, language);
  const title = report.title?.[language];
  const link = documentLink(report.symbol, language);
  const mark = paragraphMark(paragraphs, language);
  const date = formatDate(language, accessed);
  if (language === 'zh') {
    const year = report.year === null ? '' : `，${report.year} 年`;
    const titled = title ? `《${title}》` : '';
    const where = mark ? `，${mark}` : '';
    return `${body}，${titled}（${report.symbol}${year}）${where}。${link}（${date}访问）。`;
  }
  const year = report.year === null ? '' : `, ${report.year}`;
  const titled = title ? `, “${title}”` : '';
  const where = mark ? `, ${mark}` : '';
  return `${body}${titled} (${report.symbol}${year})${where}. ${link} (accessed ${date}).`;
}

export interface ParagraphQuote {
  readonly text: string;
  /** UTF-16 offsets of footnote markers in the text. */
  readonly footnoteRefs: readonly { number: number; start: number; end: number }[];
  readonly footnotes: readonly { number: number; text: string }[];
}

/**
 * Text with each footnote marker bracketed ("项目，[5] 与"), so no digit joins the words. `offset`
 * is where the text starts in its paragraph (the refs are paragraph offsets); markers outside the
 * text are left out.
 */
export function bracketFootnoteMarkers(
  text: string,
  refs: readonly { number: number; start: number; end: number }[],
  offset = 0,
): string {
  const inside = refs
    .map((ref) => ({ number: ref.number, start: ref.start - offset, end: ref.end - offset }))
    .filter((ref) => ref.start >= 0 && ref.end <= text.length)
    .sort((a, b) => a.start - b.start);
  let result = '';
  let at = 0;
  for (const ref of inside) {
    if (ref.start < at) continue;
    result += `${text.slice(at, ref.start).trimEnd()}[${ref.number}]`;
    at = ref.end;
  }
  return result + text.slice(at);
}

/** The paragraph's words with each footnote marker bracketed. */
export function quotedText(quote: ParagraphQuote): string {
  return bracketFootnoteMarkers(quote.text, quote.footnoteRefs);
}

/**
 * A paragraph to paste into a briefing: the quote, its footnotes, then its citation. The quote is
 * in the report's own language; an English citation of a Chinese text says so.
 */
export function paragraphWithCitation(
  report: CitedReport & { readonly language?: Language },
  paragraph: number,
  quote: ParagraphQuote,
  language: Language,
  accessed: Date,
): string {
  const [open, close] = report.language === 'en' ? ['“', '”'] : ['「', '」'];
  const notes = quote.footnotes.map((note) => `[${note.number}] ${note.text}`);
  const citation = reportCitation(report, [paragraph], language, accessed);
  const original =
    language === 'en' && report.language === 'zh' ? ' Quoted from the Chinese text.' : '';
  return [`${open}${quotedText(quote)}${close}`, ...notes, `— ${citation}${original}`].join('\n');
}

export interface ViewCitationInput {
  /** The dashboard's name in the UI language. */
  readonly dashboard: string;
  /** The filters in words ("Pillar: Accountability; Region: Africa" or "No filters"). */
  readonly filters: string;
  readonly records: number;
  /** The view's address, with its filters. */
  readonly url: string;
  /** Every report the view's records come from, with the paragraphs they cite. */
  readonly reports: readonly { report: CitedReport; paragraphs: readonly number[] }[];
}

/** The view, then each report it draws on: what a briefing prints under a chart it quotes. */
export function viewCitation(input: ViewCitationInput, language: Language, accessed: Date): string {
  const date = formatDate(language, accessed);
  const head =
    language === 'zh'
      ? `${input.dashboard}（${input.filters}；${input.records} 条记录）。${input.url}（${date}访问）。`
      : `${input.dashboard} (${input.filters}; ${input.records} ${input.records === 1 ? 'record' : 'records'}). ${input.url} (accessed ${date}).`;
  const sources = input.reports.map(({ report, paragraphs }) =>
    reportCitation(report, paragraphs, language, accessed),
  );
  const lead = language === 'zh' ? '资料来源：' : 'Source: ';
  return [head, ...sources.map((source) => `${lead}${source}`)].join('\n');
}
