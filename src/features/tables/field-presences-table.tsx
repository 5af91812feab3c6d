import { useId, useMemo } from 'react';
import type { DashboardData } from '../../lib/data/queries.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import type { SourcesRequest } from '../../lib/provenance/sources-request.ts';
import { presenceTable } from '../../lib/figures/presence-table.ts';
import type { PresenceColumn } from '../../lib/figures/presence-table.ts';
import { SourceButton } from './source-button.tsx';
import './tables.css';

export interface FieldPresencesTableProps {
  readonly data: DashboardData;
  readonly onOpenSources: (request: SourcesRequest) => void;
}

/**
 * OHCHR field presences by type as each report states them, checked against its own stated
 * total: one column per report, oldest first, so that several reports read year over year.
 */
export function FieldPresencesTable({ data, onOpenSources }: FieldPresencesTableProps) {
  const { language, t, formatNumber } = useI18n();
  const captionId = useId();
  const table = useMemo(() => presenceTable(data, language), [data, language]);
  const { columns, rows, withoutBreakdown } = table;
  const several = data.paragraphs.reports.length > 1;
  const missingNote =
    several && withoutBreakdown.length > 0 ? (
      <p className="table-note">
        {t('tables.presences.missingIn', { reports: withoutBreakdown.join(', ') })}
      </p>
    ) : null;
  if (columns.length === 0) {
    return (
      <section className="report-table presences-table" aria-labelledby={captionId}>
        <h3 id={captionId} className="table-title">
          {t('tables.presences.caption')}
        </h3>
        <p className="table-empty">{t('tables.presences.missing')}</p>
        {missingNote}
      </section>
    );
  }
  const source = (column: PresenceColumn) => (
    <SourceButton
      source={{ report: column.report, paragraph: column.breakdown.paragraph }}
      title={() =>
        several
          ? t('tables.presences.sourcesTitleOf', { report: column.report })
          : t('tables.presences.sourcesTitle')
      }
      onOpenSources={onOpenSources}
      withReport={several && columns.length === 1}
      announceReport={several}
    />
  );
  const single = columns.length === 1 ? columns[0] : undefined;
  return (
    <section className="report-table presences-table" aria-labelledby={captionId}>
      <div className="report-table-scroll">
        <table>
          <caption id={captionId}>
            {t('tables.presences.caption')} {single ? source(single) : null}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('tables.presences.officeType')}</th>
              {columns.map((column) => (
                <th key={column.report} scope="col" className="numeric">
                  {single ? (
                    t('tables.presences.count')
                  ) : (
                    <>
                      <span className="presence-year">
                        {column.year === null ? column.report : String(column.year)}
                      </span>{' '}
                      {column.year === null ? null : (
                        <span className="presence-report">{column.report}</span>
                      )}{' '}
                      {source(column)}
                    </>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.officeType}>
                <th scope="row">{row.label}</th>
                {row.counts.map((count, index) => (
                  <td key={columns[index]?.report} className="numeric">
                    {formatNumber(count)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('tables.presences.total')}</th>
              {columns.map((column) => (
                <td key={column.report} className="numeric">
                  {formatNumber(column.breakdown.total)}
                </td>
              ))}
            </tr>
            {single ? (
              <tr>
                <td colSpan={2} className="reconciliation">
                  <Reconciliation column={single} short={false} />
                </td>
              </tr>
            ) : (
              <tr>
                <th scope="row">{t('tables.presences.check')}</th>
                {columns.map((column) => (
                  <td key={column.report} className="reconciliation numeric">
                    <Reconciliation column={column} short />
                  </td>
                ))}
              </tr>
            )}
          </tfoot>
        </table>
      </div>
      {missingNote}
    </section>
  );
}

function Reconciliation({ column, short }: { column: PresenceColumn; short: boolean }) {
  const { t, formatNumber } = useI18n();
  if (column.breakdown.reconciles) {
    return (
      <span className="reconciles">
        <span className="check-mark" aria-hidden="true">
          ✓
        </span>{' '}
        {short ? (
          <span className="visually-hidden">{t('tables.presences.reconciles')}</span>
        ) : (
          t('tables.presences.reconciles')
        )}
      </span>
    );
  }
  const sums = `${formatNumber(column.sumOfParts)} ≠ ${formatNumber(column.breakdown.total)}`;
  return (
    <span className="does-not-reconcile">
      {short ? sums : `${t('tables.presences.doesNotReconcile')} (${sums})`}
      {short ? (
        <span className="visually-hidden"> {t('tables.presences.doesNotReconcile')}</span>
      ) : null}
    </span>
  );
}
