import { useId, useMemo } from 'react';
import { sumOfBreakdownParts } from '../../domain/index.ts';
import type { DashboardData } from '../../lib/data/queries.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import type { SourcesRequest } from '../../lib/provenance/sources-request.ts';
import { presenceRows } from './field-presences-state.ts';
import { SourceButton } from './source-button.tsx';
import './tables.css';

export interface FieldPresencesTableProps {
  readonly data: DashboardData;
  readonly onOpenSources: (request: SourcesRequest) => void;
}

/** The report's breakdown of OHCHR field presences by type, checked against its stated total. */
export function FieldPresencesTable({ data, onOpenSources }: FieldPresencesTableProps) {
  const { language, t, formatNumber } = useI18n();
  const captionId = useId();
  const breakdown = data.figures.officeBreakdown;
  const rows = useMemo(
    () => (breakdown ? presenceRows(breakdown, data.reference, language) : []),
    [breakdown, data.reference, language],
  );
  if (!breakdown) {
    return (
      <section className="report-table presences-table" aria-labelledby={captionId}>
        <h3 id={captionId} className="table-title">
          {t('tables.presences.caption')}
        </h3>
        <p className="table-empty">{t('tables.presences.missing')}</p>
      </section>
    );
  }
  return (
    <section className="report-table presences-table" aria-labelledby={captionId}>
      <div className="report-table-scroll">
        <table>
          <caption id={captionId}>
            {t('tables.presences.caption')}{' '}
            <SourceButton
              source={{ report: breakdown.report, paragraph: breakdown.paragraph }}
              title={() => t('tables.presences.sourcesTitle')}
              onOpenSources={onOpenSources}
            />
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('tables.presences.officeType')}</th>
              <th scope="col" className="numeric">
                {t('tables.presences.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.officeType}>
                <th scope="row">{row.label}</th>
                <td className="numeric">{formatNumber(row.count)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('tables.presences.total')}</th>
              <td className="numeric">{formatNumber(breakdown.total)}</td>
            </tr>
            <tr>
              <td colSpan={2} className="reconciliation">
                {breakdown.reconciles ? (
                  <span className="reconciles">
                    <span className="check-mark" aria-hidden="true">
                      ✓
                    </span>{' '}
                    {t('tables.presences.reconciles')}
                  </span>
                ) : (
                  <span className="does-not-reconcile">
                    {t('tables.presences.doesNotReconcile')} (
                    {formatNumber(sumOfBreakdownParts(breakdown))} ≠ {formatNumber(breakdown.total)}
                    )
                  </span>
                )}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
