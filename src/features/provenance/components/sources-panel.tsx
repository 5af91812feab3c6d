import { REPORT_TEXT_LANG } from '../../../lib/i18n/locale.ts';
import { useEffect, useId, useMemo, useRef } from 'react';
import type { DashboardData } from '../../../lib/data/queries.ts';
import { useI18n } from '../../../lib/i18n/use-i18n.ts';
import type { SourcesRequest } from '../../../lib/provenance/sources-request.ts';
import { tagNames } from '../describe-tag.ts';
import { indexSources, kindsShown, sourceParagraphs } from '../provenance-state.ts';
import '../../../lib/provenance/tag-highlight.css';
import { SourceParagraph } from './source-paragraph.tsx';
import { TagLegend } from './tag-legend.tsx';

export interface SourcesPanelProps {
  readonly data: DashboardData;
  readonly request: SourcesRequest;
  /** Closes the panel; the app returns focus to whatever opened it. */
  readonly onClose: () => void;
}

/**
 * The paragraphs behind a number, beside the dashboard. A non-modal dialog: it takes focus when
 * it opens and Esc closes it (wherever focus is), but the rest of the page stays usable (choose
 * another country and the panel follows), so nothing is made inert and focus is not trapped.
 */
export function SourcesPanel({ data, request, onClose }: SourcesPanelProps) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const legendId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const index = useMemo(() => indexSources(data), [data]);
  const names = useMemo(() => tagNames(data), [data]);
  const entries = useMemo(() => sourceParagraphs(index, request), [index, request]);
  const reports = [...new Set(request.refs.map((ref) => ref.report))].join(', ');

  // The app mounts a new panel for each request, so focus moves in whenever sources open.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  // Esc closes the panel from anywhere on the page: focus may have moved back to the map or a
  // table (the panel is not modal), and the hint under the heading promises it.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  return (
    <dialog open className="sources-panel" aria-labelledby={headingId}>
      {/* A div, not <header>: inside the dialog a header would read as a second page banner. */}
      <div className="sources-panel-head">
        <div>
          <h2 id={headingId} ref={heading} tabIndex={-1}>
            {t('sources.heading', { title: request.title })}
          </h2>
          <p className="sources-summary">
            {t('sources.summary', { count: request.refs.length, reports })}{' '}
            <span className="sources-hint">{t('sources.closeHint')}</span>
            {locale === REPORT_TEXT_LANG ? null : (
              <>
                {' '}
                <span className="sources-hint">{t('sources.textNote')}</span>
              </>
            )}
          </p>
        </div>
        <button type="button" className="sources-close" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t('sources.close')}</span>
        </button>
      </div>
      <TagLegend kinds={kindsShown(entries)} headingId={legendId} />
      {entries.length === 0 ? (
        <p>{t('sources.empty')}</p>
      ) : (
        <div className="sources-list">
          {entries.map((entry) => (
            <SourceParagraph
              key={`${entry.ref.report} ${entry.ref.paragraph}`}
              entry={entry}
              names={names}
              reports={data.paragraphs.reports}
            />
          ))}
        </div>
      )}
    </dialog>
  );
}
