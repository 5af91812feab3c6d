import type { ActivityRecord } from '../../domain/index.ts';
import type { DashboardData } from '../../lib/data/queries.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { toCsv } from './csv.ts';
import { downloadBlob, textBlob } from '../../lib/ui/download.ts';
import type { ExportSettings } from './export-context.ts';
import { exportFileName, filterSlug } from './file-name.ts';
import { recordCsvRows, recordHxlRows, recordTable } from './records-export-state.ts';
import { isoDate } from '../../lib/i18n/locale.ts';
import { ExportButton, ExportFailure } from './export-controls.tsx';
import { useExportAction } from './use-export-action.ts';
import { workbookBlob } from './xlsx.ts';
import './export.css';

export interface RecordsExportBarProps {
  /** The whole data set: the workbook adds the report's figures and the cited paragraphs. */
  readonly data: DashboardData;
  /** The records under the current filters. */
  readonly records: readonly ActivityRecord[];
  readonly settings: ExportSettings;
}

/** CSV, HXL CSV and XLSX of the records the table shows. */
export function RecordsExportBar({ data, records, settings }: RecordsExportBarProps) {
  const { t } = useI18n();
  const exporter = useExportAction();
  const table = () =>
    recordTable(records, settings.reference, settings.language, data.paragraphs.paragraphs);
  const name = (what: string, extension: string) =>
    exportFileName(
      settings.report,
      what,
      isoDate(new Date()),
      extension,
      filterSlug(settings.filters),
    );
  const csv = (text: string) => textBlob(text, 'text/csv;charset=utf-8');

  return (
    <fieldset
      className="export-menu records-export no-print"
      aria-label={t('export.records', { count: records.length })}
    >
      <span className="export-label">{t('export.records', { count: records.length })}</span>
      <ExportButton
        exporter={exporter}
        action={() => downloadBlob(csv(toCsv(recordCsvRows(table()))), name('records', 'csv'))}
      >
        {t('export.recordsCsv')}
      </ExportButton>
      <ExportButton
        exporter={exporter}
        action={() => downloadBlob(csv(toCsv(recordHxlRows(table()))), name('records-hxl', 'csv'))}
      >
        {t('export.recordsHxl')}
      </ExportButton>
      <ExportButton
        exporter={exporter}
        action={async () => {
          // The workbook's code loads on the first click, off the first view.
          const { workbookSheets } = await import('./workbook-state.ts');
          const sheets = workbookSheets({
            data,
            records,
            filters: settings.filters,
            language: settings.language,
            now: new Date(),
            url: window.location.href,
          });
          downloadBlob(await workbookBlob(sheets), name('records', 'xlsx'));
        }}
      >
        {t('export.recordsXlsx')}
      </ExportButton>
      <ExportFailure exporter={exporter} />
    </fieldset>
  );
}
