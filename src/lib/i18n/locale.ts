/**
 * The one place that maps an app language to a BCP-47 locale, and the Intl formatters built on
 * it. Formatters are cached per language: building an Intl object costs far more than using it.
 */
import type { Language } from './languages.ts';

const locales: Record<Language, string> = { zh: 'zh-Hans', en: 'en-GB' };

/** The BCP-47 tag of a language, for Intl and for `lang` attributes. */
export function localeOf(language: Language): string {
  return locales[language];
}

/** The language the report text is written in (every source text so far is Chinese). */
export const REPORT_TEXT_LANG = localeOf('zh');

function cached<T>(build: (language: Language) => T): (language: Language) => T {
  const cache = new Map<Language, T>();
  return (language) => {
    let value = cache.get(language);
    if (value === undefined) {
      value = build(language);
      cache.set(language, value);
    }
    return value;
  };
}

const numberFormat = cached((language) => new Intl.NumberFormat(localeOf(language)));
const dateFormat = cached(
  (language) => new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long' }),
);
const listFormats = {
  conjunction: cached(
    (language) => new Intl.ListFormat(localeOf(language), { type: 'conjunction' }),
  ),
  disjunction: cached(
    (language) => new Intl.ListFormat(localeOf(language), { type: 'disjunction' }),
  ),
};
const pluralRules = cached((language) => new Intl.PluralRules(localeOf(language)));
const collators = {
  text: cached((language) => new Intl.Collator(localeOf(language))),
  numeric: cached((language) => new Intl.Collator(localeOf(language), { numeric: true })),
};

/** "1,234" / "1,234". */
export function formatNumber(language: Language, value: number): string {
  return numberFormat(language).format(value);
}

/** "2026-11-25": the reader's own calendar day, for file names and reviewed corrections. */
export function isoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "25 November 2026" / "2026年11月25日". */
export function formatDate(language: Language, date: Date): string {
  return dateFormat(language).format(date);
}

/** "A, B and C" / "A、B和C". */
export function formatList(
  language: Language,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return listFormats[type](language).format(items);
}

/** The CLDR plural category of a count: "one" or "other" in English, always "other" in Chinese. */
export function pluralCategory(language: Language, count: number): Intl.LDMLPluralRule {
  return pluralRules(language).select(count);
}

/** Text order of the language; `numeric` compares digits as numbers ("¶ 9" before "¶ 10"). */
export function collatorOf(language: Language, numeric = false): Intl.Collator {
  return (numeric ? collators.numeric : collators.text)(language);
}
