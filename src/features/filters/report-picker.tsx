import { useId } from 'react';
import type { ReportSelectionControls } from '../../lib/filters/use-report-selection.ts';
import { reportYear } from '../../lib/data/report-scope.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';

/**
 * Which reports of the series the whole view counts: one box per report, oldest first. The last
 * box ticked cannot be cleared (a view of no report says nothing); "All reports" ticks every box.
 */
export function ReportPicker({ controls }: { controls: ReportSelectionControls }) {
  const { t } = useI18n();
  const hintId = useId();
  const { reports, selected, narrowed, selectReports } = controls;
  if (reports.length < 2) return null;
  const chosen = new Set(selected);
  const toggle = (symbol: string) =>
    selectReports(
      chosen.has(symbol) ? selected.filter((s) => s !== symbol) : [...selected, symbol],
    );
  return (
    <fieldset className="report-picker" aria-describedby={hintId}>
      <legend>{t('filters.reports')}</legend>
      <p id={hintId} className="filter-hint">
        {t('filters.reportsHint')}
      </p>
      <ul className="report-options">
        {reports.map((report) => {
          const year = reportYear(report);
          const only = chosen.has(report.symbol) && chosen.size === 1;
          return (
            <li key={report.symbol}>
              <label>
                <input
                  type="checkbox"
                  name="report"
                  value={report.symbol}
                  checked={chosen.has(report.symbol)}
                  disabled={only}
                  onChange={() => toggle(report.symbol)}
                />{' '}
                {year === null
                  ? report.symbol
                  : t('filters.reportOption', { symbol: report.symbol, year: String(year) })}
              </label>
            </li>
          );
        })}
      </ul>
      {narrowed ? (
        <button type="button" className="report-all" onClick={() => selectReports([])}>
          {t('filters.reportsAll')}
        </button>
      ) : null}
    </fieldset>
  );
}
