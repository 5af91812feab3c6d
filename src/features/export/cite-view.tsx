import { useId, useMemo, useRef, useState } from 'react';
import type { ActivityRecord } from '../../domain/index.ts';
import { documentLink } from '../../lib/citation/citation.ts';
import type { DashboardData } from '../../lib/data/queries.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { useCopyText } from '../../lib/ui/use-copy-text.ts';
import { CopyStatusText } from '../../lib/ui/copy-status.tsx';
import { citeViewText } from './cite-state.ts';
import type { ExportSettings } from './export-context.ts';

export interface CiteViewProps {
  readonly data: DashboardData;
  readonly records: readonly ActivityRecord[];
  readonly settings: ExportSettings;
}

/** "Cite this view" (the citation to read and copy, with the UN document links) and "Copy link". */
export function CiteView({ data, records, settings }: CiteViewProps) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const text = useRef<HTMLTextAreaElement>(null);
  const citation = useCopyText();
  const link = useCopyText();
  const [today] = useState(() => new Date());
  // The address is the view's state (filters write it before they render), so it is current here.
  const href = typeof window === 'undefined' ? '' : window.location.href;
  const shown = useMemo(
    () => (open ? citeViewText(data, records, settings, href, today) : ''),
    [open, data, records, settings, href, today],
  );
  const toggle = () => setOpen(!open);
  const copyCitation = async () => {
    if ((await citation.copy(shown)) === 'failed') text.current?.select();
  };

  return (
    <>
      <button
        type="button"
        className="tool-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        {t('cite.open')}
      </button>
      <button
        type="button"
        className="tool-button"
        onClick={() => void link.copy(window.location.href)}
      >
        {t('cite.copyLink')}
      </button>
      <CopyStatusText status={link.status} />
      {open ? (
        <fieldset className="cite-panel" id={panelId}>
          <legend className="cite-legend">{t('cite.title')}</legend>
          <p className="cite-hint">{t('cite.hint')}</p>
          <textarea
            ref={text}
            className="cite-text"
            readOnly
            value={shown}
            rows={Math.min(8, shown.split('\n').length * 3)}
            aria-label={t('cite.title')}
          />
          <div className="cite-actions">
            <button type="button" className="tool-button" onClick={() => void copyCitation()}>
              {t('cite.copy')}
            </button>
            <CopyStatusText status={citation.status} />
          </div>
          <ul className="cite-links">
            {data.paragraphs.reports.map((report) => (
              <li key={report.symbol}>
                <a href={documentLink(report.symbol, language)} target="_blank" rel="noreferrer">
                  {t('cite.document', { symbol: report.symbol })}
                </a>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
    </>
  );
}
