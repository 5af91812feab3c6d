import { useMemo } from 'react';
import type { ExportSettings } from '../features/export/index.ts';
import type { DashboardData } from '../lib/data/queries.ts';
import { useI18n } from '../lib/i18n/use-i18n.ts';

/** What every export of the view states: its filters, the reference names, language, report. */
export function useExportSettings(data: DashboardData, filters: ExportSettings['filters']) {
  const { language } = useI18n();
  return useMemo<ExportSettings>(
    () => ({
      filters,
      reference: data.reference,
      language,
      report: data.paragraphs.reports[0]?.symbol ?? 'OHCHR',
    }),
    [filters, data, language],
  );
}
