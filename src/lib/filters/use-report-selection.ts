import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReportMetadata } from '../../domain/index.ts';
import { parseReportSelection } from '../data/report-scope.ts';
import type { ReportSelection } from '../data/report-scope.ts';
import { useUrlParams } from '../url-state/use-url-params.ts';

export interface ReportSelectionControls extends ReportSelection {
  /** Every report of the data set, oldest first. */
  readonly reports: readonly ReportMetadata[];
  /** Shows these reports (all of them when empty or complete). */
  readonly selectReports: (symbols: readonly string[]) => void;
}

/** Which reports the view shows: in the URL as one `report` per symbol, absent for all. */
export function useReportSelection(reports: readonly ReportMetadata[]): ReportSelectionControls {
  const [params, update] = useUrlParams();
  const values = params.getAll('report');
  const key = values.join('\n');
  const selection = useMemo(
    () => parseReportSelection(key === '' ? [] : key.split('\n'), reports),
    [key, reports],
  );
  // Kept for the notice once the URL no longer holds them, until the next choice of reports.
  const [noticed, setNoticed] = useState<readonly string[]>([]);
  if (selection.dropped.length > 0 && selection.dropped.join('\n') !== noticed.join('\n')) {
    setNoticed(selection.dropped);
  }
  useEffect(() => {
    if (selection.dropped.length === 0) return;
    // Replace, not push: Back should not return to the link with the unknown report.
    update((p) => {
      p.delete('report');
      if (selection.narrowed) for (const symbol of selection.selected) p.append('report', symbol);
    }, 'replace');
  }, [selection, update]);
  const selectReports = useCallback(
    (symbols: readonly string[]) => {
      setNoticed([]);
      update((p) => {
        p.delete('report');
        const chosen = new Set(symbols);
        const some = reports.filter((report) => chosen.has(report.symbol));
        if (some.length === 0 || some.length === reports.length) return;
        for (const report of some) p.append('report', report.symbol);
      });
    },
    [reports, update],
  );
  const dropped = selection.dropped.length > 0 ? selection.dropped : noticed;
  return useMemo(
    () => ({ ...selection, dropped, reports, selectReports }),
    [selection, dropped, reports, selectReports],
  );
}
