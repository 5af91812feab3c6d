import { languages, type Language } from '../lib/i18n/messages.ts';
import { useI18n } from '../lib/i18n/use-i18n.ts';

const labels: Record<Language, { text: string; lang: string }> = {
  zh: { text: '中文', lang: 'zh-Hans' },
  en: { text: 'English', lang: 'en' },
};

/** Two buttons, each naming its language in that language; the chosen one is pressed. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <fieldset className="language-switch">
      <legend className="language-label">{t('app.language')}</legend>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={labels[option].lang}
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
        >
          {labels[option].text}
        </button>
      ))}
    </fieldset>
  );
}
