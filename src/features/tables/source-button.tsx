import { useI18n } from '../../lib/i18n/use-i18n.ts';

/** "¶ 24": opens the paragraph's sources. */
export function SourceButton({ paragraph, onOpen }: { paragraph: number; onOpen: () => void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="source-button"
      aria-label={t('tables.openSources', { paragraph })}
      onClick={onOpen}
    >
      {t('tables.paragraph', { paragraph })}
    </button>
  );
}
