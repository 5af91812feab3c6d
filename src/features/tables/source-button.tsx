import { useI18n } from '../../lib/i18n/use-i18n.ts';
import type { ParagraphRef, SourcesRequest } from '../../lib/provenance/sources-request.ts';

/** "¶ 24": opens the sources panel on that one paragraph, under `title`. */
export function SourceButton({
  source,
  title,
  onOpenSources,
}: {
  readonly source: ParagraphRef;
  /** The panel's title; worked out on click. */
  readonly title: () => string;
  readonly onOpenSources: (request: SourcesRequest) => void;
}) {
  const { t } = useI18n();
  const { paragraph } = source;
  return (
    <button
      type="button"
      className="source-button"
      aria-label={t('tables.openSources', { paragraph })}
      onClick={() => onOpenSources({ title: title(), refs: [source] })}
    >
      {t('tables.paragraph', { paragraph })}
    </button>
  );
}
