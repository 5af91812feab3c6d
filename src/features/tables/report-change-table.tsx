import { useId, useMemo, useState } from 'react';
import type { ActivityRecord } from '../../domain/index.ts';
import type { DashboardData } from '../../lib/data/queries.ts';
import { reportYear, seriesReports } from '../../lib/data/report-scope.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { usePrinting } from '../../lib/layout/use-printing.ts';
import { sourcesRequestFor } from '../../lib/provenance/sources-request.ts';
import type { SourcesRequest } from '../../lib/provenance/sources-request.ts';
import { reportChange } from '../../lib/data/report-change.ts';
import type { CountryChange } from '../../lib/data/report-change.ts';
import './tables.css';

export interface ReportChangeTableProps {
  readonly data: DashboardData;
  /** The records under the current filters. */
  readonly records: readonly ActivityRecord[];
  readonly onOpenSources: (request: SourcesRequest) => void;
}

const FIRST_ROWS = 15;

/**
 * With two reports in view: records per country in each, which countries are new in the later
 * one, gone from it, or have more or fewer records, under the current filters.
 */
export function ReportChangeTable({ data, records, onOpenSources }: ReportChangeTableProps) {
  const { t, language, formatNumber } = useI18n();
  const captionId = useId();
  const printing = usePrinting();
  const [showAll, setShowAll] = useState(false);
  const reports = useMemo(() => seriesReports(data), [data]);
  const [earlier, later] = reports;
  const change = useMemo(
    () =>
      earlier && later && reports.length === 2
        ? reportChange(records, earlier.symbol, later.symbol, data.reference, language)
        : null,
    [records, earlier, later, reports.length, data.reference, language],
  );
  if (!change || !earlier || !later) return null;
  const label = (report: typeof earlier) => {
    const year = reportYear(report);
    return year === null ? report.symbol : `${report.symbol} (${year})`;
  };
  // The year above the symbol; on a phone the year alone (the caption names both reports).
  const heading = (report: typeof earlier) => {
    const year = reportYear(report);
    if (year === null) return report.symbol;
    return (
      <>
        <span className="presence-year">{String(year)}</span>{' '}
        <span className="presence-report">{report.symbol}</span>
      </>
    );
  };
  const rows = showAll || printing ? change.rows : change.rows.slice(0, FIRST_ROWS);
  const open = (row: CountryChange, report: string) =>
    onOpenSources(
      sourcesRequestFor(
        t('tables.change.sourcesTitle', { country: row.name, report }),
        records.filter((record) => record.country === row.iso3 && record.report === report),
      ),
    );
  const countCell = (row: CountryChange, report: string, count: number) => (
    <td className="numeric">
      {count === 0 ? (
        formatNumber(0)
      ) : (
        <button
          type="button"
          className="source-button"
          aria-label={t('tables.change.open', {
            country: row.name,
            report,
            count: formatNumber(count),
          })}
          onClick={() => open(row, report)}
        >
          {formatNumber(count)}
        </button>
      )}
    </td>
  );
  return (
    <section className="report-table change-table" aria-labelledby={captionId}>
      <div className="report-table-scroll">
        <table>
          <caption id={captionId}>
            {t('tables.change.caption', { earlier: label(earlier), later: label(later) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('tables.change.country')}</th>
              <th scope="col" className="numeric">
                {heading(earlier)}
              </th>
              <th scope="col" className="numeric">
                {heading(later)}
              </th>
              <th scope="col" className="numeric">
                {t('tables.change.change')}
              </th>
              <th scope="col" className="col-status">
                {t('tables.change.status')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.iso3} data-status={row.status}>
                <th scope="row">{row.name}</th>
                {countCell(row, earlier.symbol, row.earlier)}
                {countCell(row, later.symbol, row.later)}
                <td className="numeric">
                  {row.later - row.earlier > 0 ? '+' : row.later - row.earlier < 0 ? '−' : ''}
                  {formatNumber(Math.abs(row.later - row.earlier))}
                </td>
                <td className="col-status">{t(`tables.change.status.${row.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="table-note">
        {t('tables.change.summary', {
          new: formatNumber(change.counts.new),
          gone: formatNumber(change.counts.gone),
          more: formatNumber(change.counts.more),
          fewer: formatNumber(change.counts.fewer),
          same: formatNumber(change.counts.same),
        })}
      </p>
      {change.rows.length > FIRST_ROWS && !printing ? (
        <button type="button" className="no-print" onClick={() => setShowAll((all) => !all)}>
          {showAll
            ? t('tables.change.showFewer', { count: formatNumber(FIRST_ROWS) })
            : t('tables.change.showAll', { count: formatNumber(change.rows.length) })}
        </button>
      ) : null}
    </section>
  );
}
