import { localeOf } from '../lib/i18n/locale.ts';
import { languages, type Language } from '../lib/i18n/messages.ts';
import { useI18n } from '../lib/i18n/use-i18n.ts';

/** Each language named in itself. */
const names: Record<Language, string> = { zh: '中文', en: 'English' };

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
          lang={localeOf(option)}
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
        >
          {names[option]}
        </button>
      ))}
    </fieldset>
  );
}
