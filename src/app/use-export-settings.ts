import { useMemo } from 'react';
import type { ExportSettings } from '../features/export/index.ts';
import type { DashboardData } from '../lib/data/queries.ts';
import { useI18n } from '../lib/i18n/use-i18n.ts';
import { reportSummary, reportsLabel } from './report-summary.ts';

/** What every export of the view states: its filters, the reference names, language, reports. */
export function useExportSettings(
  data: DashboardData,
  filters: ExportSettings['filters'],
  /** The reports chosen, when the view shows only some of them. */
  reportsShown?: readonly string[],
) {
  const { language } = useI18n();
  const report = useMemo(() => reportsLabel(reportSummary(data, language)), [data, language]);
  return useMemo<ExportSettings>(
    () => ({
      filters,
      reference: data.reference,
      language,
      report,
      ...(reportsShown ? { reportsShown } : {}),
    }),
    [filters, data.reference, language, report, reportsShown],
  );
}
