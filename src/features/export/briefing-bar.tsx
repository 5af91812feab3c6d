import { useMemo, useState } from 'react';
import type { ActivityRecord } from '../../domain/index.ts';
import type { DashboardData } from '../../lib/data/queries.ts';
import { useExportRegistry } from '../../lib/export/export-registry.tsx';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { CiteView } from './cite-view.tsx';
import { downloadBlob } from '../../lib/ui/download.ts';
import { pictureContext } from './export-context.ts';
import type { ExportSettings } from './export-context.ts';
import { exportFileName, filterSlug } from './file-name.ts';
import { isoDate } from '../../lib/i18n/locale.ts';
import { ExportButton, ExportFailure } from './export-controls.tsx';
import { useExportAction } from './use-export-action.ts';
import './export.css';

export interface BriefingBarProps {
  readonly data: DashboardData;
  readonly records: readonly ActivityRecord[];
  readonly settings: ExportSettings;
  /** True while the browser prints: the view's address goes on the printed page. */
  readonly printing: boolean;
}

/** One action for the whole view: a ZIP of every picture and table, or a printed page. */
export function BriefingBar({ data, records, settings, printing }: BriefingBarProps) {
  const { t } = useI18n();
  const registry = useExportRegistry();
  const exporter = useExportAction();
  const [today] = useState(() => new Date());
  // Printed only, but rebuilt with every filter change: computed once per records and settings.
  const context = useMemo(
    () =>
      pictureContext(
        t('export.printSummary'),
        records.map((record) => ({ report: record.report, paragraph: record.paragraph })),
        settings,
        today,
      ),
    [t, records, settings, today],
  );

  return (
    <>
      <fieldset className="export-menu briefing-bar no-print" aria-label={t('export.printSummary')}>
        <ExportButton
          exporter={exporter}
          action={async () => {
            const now = new Date();
            // The briefing's code (workbook sheets, zip) loads on the first click, off the first view.
            const { briefingZip } = await import('./briefing.ts');
            const blob = await briefingZip(
              registry?.list() ?? [],
              data,
              records,
              settings,
              now,
              window.location.href,
            );
            const name = exportFileName(
              settings.report,
              'briefing',
              isoDate(now),
              'zip',
              filterSlug(settings.filters),
            );
            downloadBlob(blob, name);
          }}
        >
          {exporter.busy ? t('export.working') : t('export.briefing')}
        </ExportButton>
        <ExportButton
          exporter={exporter}
          action={async () => {
            const now = new Date();
            const { deckBlob } = await import('./deck.ts');
            const blob = await deckBlob({
              apis: registry?.list() ?? [],
              data,
              records,
              settings,
              now,
              url: window.location.href,
            });
            downloadBlob(
              blob,
              exportFileName(
                settings.report,
                'deck',
                isoDate(now),
                'pptx',
                filterSlug(settings.filters),
              ),
            );
          }}
        >
          {t('deck.export')}
        </ExportButton>
        <button type="button" className="tool-button" onClick={() => window.print()}>
          {t('export.print')}
        </button>
        <CiteView data={data} records={records} settings={settings} />
        <ExportFailure exporter={exporter} />
      </fieldset>
      <section className="print-only print-context" aria-hidden="true">
        <p>{context.filters}</p>
        {context.sources.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p>{context.date}</p>
        {printing ? (
          <p className="print-url">{t('print.view', { url: window.location.href })}</p>
        ) : null}
      </section>
    </>
  );
}
