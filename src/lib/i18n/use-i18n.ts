import { useMemo } from 'react';
import { useUrlParam } from '../url-state/use-url-params.ts';
import { languages, translate } from './messages.ts';
import type { Language, MessageKey } from './messages.ts';

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
  readonly t: (key: MessageKey, values?: Record<string, string | number>) => string;
  readonly formatNumber: (value: number) => string;
  /** The name in the chosen language from a bilingual object. */
  readonly pick: (names: { readonly zh: string; readonly en: string }) => string;
  readonly setLanguage: (language: Language) => void;
}

/** Language lives in the URL (?lang=zh|en); without it, the browser's language decides. */
export function useI18n(): I18n {
  const [requested, update] = useUrlParam('lang');
  const language = languageOf(requested, browserLanguage());
  return useMemo(() => {
    const numbers = new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-GB');
    return {
      language,
      t: (key, values) => translate(language, key, values),
      formatNumber: (value) => numbers.format(value),
      pick: (names) => names[language],
      setLanguage: (next) => update((p) => p.set('lang', next), 'replace'),
    };
  }, [language, update]);
}
