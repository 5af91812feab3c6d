import { useI18n } from '../../lib/i18n/use-i18n.ts';
import type { ParagraphRef, SourcesRequest } from '../../lib/provenance/sources-request.ts';

/** "¶ 24": opens the sources panel on that one paragraph, under `title`. */
export function SourceButton({
  source,
  title,
  onOpenSources,
  withReport = false,
  announceReport = withReport,
}: {
  readonly source: ParagraphRef;
  /** The panel's title; worked out on click. */
  readonly title: () => string;
  readonly onOpenSources: (request: SourcesRequest) => void;
  /** Names the report too ("A/HRC/44/28 ¶ 24"): when the view holds several. */
  readonly withReport?: boolean;
  /** Names the report to assistive technology only (the report is written beside the button). */
  readonly announceReport?: boolean;
}) {
  const { t } = useI18n();
  const { paragraph, report } = source;
  return (
    <button
      type="button"
      className="source-button"
      aria-label={
        announceReport
          ? t('tables.openSourcesOf', { report, paragraph })
          : t('tables.openSources', { paragraph })
      }
      onClick={() => onOpenSources({ title: title(), refs: [source] })}
    >
      {withReport
        ? t('tables.paragraphOf', { report, paragraph })
        : t('tables.paragraph', { paragraph })}
    </button>
  );
}
