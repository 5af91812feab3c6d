import { useState } from 'react';
import type { ChartExportApi } from '../../lib/export/chart-export-api.ts';
import { useRegisterExport } from '../../lib/export/export-registry.tsx';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { CopyStatusText } from '../../lib/ui/copy-status.tsx';
import { useCopyText } from '../../lib/ui/use-copy-text.ts';
import { embedCode } from './embed-code.ts';
import { canCopyImage, downloadBlob, textBlob } from '../../lib/ui/download.ts';
import { chartCsv, chartFileName, chartWithContext } from './export-context.ts';
import type { ExportSettings } from './export-context.ts';
import { rasterize } from './rasterize.ts';
import { ExportButton, ExportFailure } from './export-controls.tsx';
import { useExportAction } from './use-export-action.ts';
import './export.css';

export interface ExportMenuProps {
  readonly api: ChartExportApi;
  /** Read when a file is made: a memoised chart that did not render again still exports the current filters. */
  readonly settings: () => ExportSettings;
}

/** PNG, SVG and CSV of one chart or the map, each with its title, filters, sources and date. */
export function ExportMenu({ api, settings: currentSettings }: ExportMenuProps) {
  const { t } = useI18n();
  useRegisterExport(api);
  const exporter = useExportAction();
  const [copied, setCopied] = useState(false);
  const embed = useCopyText();

  const png = async () => {
    const now = new Date();
    const picture = chartWithContext(api, currentSettings(), now, window.location.href);
    return { blob: await rasterize(picture.svg, picture.width, picture.height), now };
  };

  return (
    <fieldset className="export-menu no-print" aria-label={t('export.menu', { title: api.title })}>
      <ExportButton
        exporter={exporter}
        action={async () => {
          const { blob, now } = await png();
          downloadBlob(blob, chartFileName(api, currentSettings(), now, 'png'));
        }}
      >
        {t('export.png')}
      </ExportButton>
      <ExportButton
        exporter={exporter}
        action={() => {
          const now = new Date();
          const settings = currentSettings();
          const picture = chartWithContext(api, settings, now, window.location.href);
          downloadBlob(
            textBlob(picture.svg, 'image/svg+xml;charset=utf-8'),
            chartFileName(api, settings, now, 'svg'),
          );
        }}
      >
        {t('export.svg')}
      </ExportButton>
      <ExportButton
        exporter={exporter}
        action={() => {
          const now = new Date();
          downloadBlob(
            textBlob(chartCsv(api), 'text/csv;charset=utf-8'),
            chartFileName(api, currentSettings(), now, 'csv'),
          );
        }}
      >
        {t('export.csv')}
      </ExportButton>
      {canCopyImage() ? (
        <ExportButton
          exporter={exporter}
          action={async () => {
            // The promise keeps the user gesture alive in Safari while the PNG is drawn.
            const blob = png().then((result) => result.blob);
            await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
            setCopied(true);
            setTimeout(() => setCopied(false), 2000);
          }}
        >
          {copied ? t('export.copied') : t('export.copy')}
        </ExportButton>
      ) : null}
      <button
        type="button"
        className="tool-button"
        aria-label={t('embed.copyCodeLabel', { title: api.title })}
        onClick={() =>
          void embed.copy(embedCode(window.location.href, api.id, api.title, api.height))
        }
      >
        {t('embed.copyCode')}
      </button>
      <CopyStatusText status={embed.status} />
      <ExportFailure exporter={exporter} />
    </fieldset>
  );
}
