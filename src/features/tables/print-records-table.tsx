import { useMemo } from 'react';
import type { ActivityRecord } from '../../domain/index.ts';
import type { DashboardData } from '../../lib/data/queries.ts';
import { REPORT_TEXT_LANG } from '../../lib/i18n/locale.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { printedRecords } from './print-records-state.ts';
import { recordRowBuilder } from './records-table-state.ts';

export interface PrintRecordsTableProps {
  readonly data: DashboardData;
  readonly records: readonly ActivityRecord[];
}

/**
 * The records as the printout shows them: number, country, role, the sentence wrapped, its ¶;
 * every record, or the first ones and where the rest are. Rendered only while printing.
 */
export function PrintRecordsTable({ data, records }: PrintRecordsTableProps) {
  const { language, t, formatNumber } = useI18n();
  const rowOf = useMemo(
    () => recordRowBuilder(data.reference, language, t),
    [data.reference, language, t],
  );
  const printed = printedRecords(records);
  return (
    <section className="print-only print-records">
      <h2>{t('print.records.title', { count: formatNumber(printed.total) })}</h2>
      {printed.cut ? (
        <p className="print-records-cut">
          {t('print.records.cut', {
            shown: formatNumber(printed.shown.length),
            total: formatNumber(printed.total),
          })}
        </p>
      ) : null}
      <table className="data-table print-records-table">
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('print.records.number')}
            </th>
            <th scope="col">{t('print.records.country')}</th>
            <th scope="col">{t('print.records.sentence')}</th>
            <th scope="col">{t('print.records.paragraph')}</th>
          </tr>
        </thead>
        <tbody>
          {printed.shown.map((record, index) => {
            const row = rowOf(record);
            return (
              <tr key={record.id}>
                <td className="numeric">{formatNumber(index + 1)}</td>
                <td>
                  {row.country}
                  {row.role ? <span className="print-role">{row.role}</span> : null}
                </td>
                <td lang={REPORT_TEXT_LANG}>{row.sentence}</td>
                <td className="print-paragraph">
                  {t('print.records.paragraphRef', {
                    report: row.report,
                    paragraph: formatNumber(row.paragraph),
                  })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
