import type { Figure, ParagraphsFile, ReferenceFile } from '../../domain/index.ts';
import { catalogue, translate } from '../i18n/messages.ts';
import type { Language, MessageKey } from '../i18n/messages.ts';

/**
 * A fund's one name in a language, wherever the app shows it (chart, table, export): its official
 * name from the reference data; the id when the reference does not know it.
 */
export function fundName(reference: ReferenceFile, id: string, language: Language): string {
  return reference.funds.find((fund) => fund.id === id)?.names[language] ?? id;
}

/** What a figure counts: the category in the UI language, and the report's own words for it. */
export interface CountedLabel {
  /** "countries", "国家". */
  readonly category: string;
  /** The report's noun phrase ("在 2020 年报名参加自愿国家审查的国家"), quoted as written; null when it says no more than the category. */
  readonly words: string | null;
}

export function countedCategory(counts: string, language: Language): string {
  const key = `tables.counted.${counts}`;
  return key in catalogue[language] ? translate(language, key as MessageKey) : counts;
}

export function countedLabel(
  figure: Pick<Figure, 'counts' | 'countsText'>,
  language: Language,
): CountedLabel {
  const category = countedCategory(figure.counts, language);
  const words = figure.countsText.trim();
  const sameInZh = words === countedCategory(figure.counts, 'zh');
  return { category, words: words === '' || sameInZh ? null : words };
}

/** As one line of text: `countries “发展中国家”`, `国家（发展中国家）`. */
export function countedText(label: CountedLabel, language: Language): string {
  if (label.words === null) return label.category;
  return language === 'zh'
    ? `${label.category}（${label.words}）`
    : `${label.category} “${label.words}”`;
}

/**
 * The language of words quoted from a report, for their `lang`: as data/reports.json registers
 * the report; for a text prepared without the registry, Chinese when the words are in Han script.
 */
export function quotedLanguage(
  paragraphs: ParagraphsFile,
  symbol: string,
  words: string,
): string | undefined {
  const registered = paragraphs.reports.find((report) => report.symbol === symbol)?.registry;
  if (registered) return registered.language;
  return /\p{Script=Han}/u.test(words) ? 'zh' : undefined;
}
