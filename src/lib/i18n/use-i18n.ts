import { useMemo } from 'react';
import { useUrlParam } from '../url-state/use-url-params.ts';
import { formatDate, formatList, formatNumber, localeOf } from './locale.ts';
import { languages, translatorOf } from './messages.ts';
import type { Language, Translate } from './messages.ts';

function languageOf(value: string | null, fallback: Language): Language {
  return (languages as readonly string[]).includes(value ?? '') ? (value as Language) : fallback;
}

function browserLanguage(): Language {
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('zh')
    ? 'zh'
    : 'en';
}

export interface I18n {
  readonly language: Language;
  /** The BCP-47 locale of the language, for `lang` attributes and Intl. */
  readonly locale: string;
  /** A message; a plural one takes its `count` as a number and picks the form by it. */
  readonly t: Translate;
  readonly formatNumber: (value: number) => string;
  readonly formatDate: (date: Date) => string;
  readonly formatList: (items: readonly string[]) => string;
  /** The name in the chosen language from a bilingual object. */
  readonly pick: (names: { readonly zh: string; readonly en: string }) => string;
  readonly setLanguage: (language: Language) => void;
}

/** Language lives in the URL (?lang=zh|en); without it, the browser's language decides. */
export function useI18n(): I18n {
  const [requested, update] = useUrlParam('lang');
  const language = languageOf(requested, browserLanguage());
  return useMemo(
    () => ({
      language,
      locale: localeOf(language),
      t: translatorOf(language),
      formatNumber: (value) => formatNumber(language, value),
      formatDate: (date) => formatDate(language, date),
      formatList: (items) => formatList(language, items),
      pick: (names) => names[language],
      setLanguage: (next) => update((p) => p.set('lang', next), 'replace'),
    }),
    [language, update],
  );
}
