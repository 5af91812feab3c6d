import type { CountedLabel } from '../../lib/figures/figure-labels.ts';
import type { Language } from '../../lib/i18n/messages.ts';

/** "countries “在 2020 年…”": the category in the UI language, the report's words as quoted text. */
export function CountedCell({
  label,
  language,
  wordsLanguage,
}: {
  readonly label: CountedLabel;
  readonly language: Language;
  /** The report's language, for `lang` on its words. */
  readonly wordsLanguage: string | undefined;
}) {
  if (label.words === null) return <>{label.category}</>;
  const [open, close, gap] = language === 'zh' ? ['（', '）', ''] : ['“', '”', ' '];
  return (
    <>
      {label.category}
      {gap}
      {open}
      <span lang={wordsLanguage} className="report-words">
        {label.words}
      </span>
      {close}
    </>
  );
}
