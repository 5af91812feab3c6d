import { useTable } from '@tanstack/react-table';
import { useId, useMemo } from 'react';
import type { ActivityRecord } from '../../domain/index.ts';
import type { DashboardData } from '../../lib/data/queries.ts';
import { seriesSymbols } from '../../lib/data/report-scope.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import type { Language } from '../../lib/i18n/messages.ts';
import type { SourcesRequest } from '../../lib/provenance/sources-request.ts';
import { Pager } from './pager.tsx';
import {
  RECORDS_PAGE_SIZE,
  partnerText,
  recordColumns,
  footnoteRefsOfRecords,
  recordRowBuilder,
} from './records-table-state.ts';
import type { RecordColumnId, RecordRow } from './records-table-state.ts';
import { SortableTableBody } from './sortable-table-body.tsx';
import { SourceButton } from './source-button.tsx';
import { dashboardTableFeatures, pageSummary } from './table-features.ts';
import { TagLegend, TaggedSentence } from './tagged-sentence.tsx';
import '../../lib/provenance/tag-highlight.css';
import './tables.css';

export interface RecordsTableProps {
  readonly data: DashboardData;
  /** The records to list (the shell passes the filtered ones). */
  readonly records: ActivityRecord[];
  readonly onOpenSources: (request: SourcesRequest) => void;
}

const initialState = {
  sorting: [{ id: 'paragraph', desc: false }],
  pagination: { pageIndex: 0, pageSize: RECORDS_PAGE_SIZE },
};

export function RecordsTable({ data, records, onOpenSources }: RecordsTableProps) {
  const { language, t, formatNumber } = useI18n();
  const captionId = useId();
  // Rows are built once per record (and language); a filter change only picks them.
  const rowOf = useMemo(
    () =>
      recordRowBuilder(
        data.reference,
        language,
        t,
        footnoteRefsOfRecords(data.paragraphs),
        seriesSymbols(data),
      ),
    [data, language, t],
  );
  const several = data.paragraphs.reports.length > 1;
  const rows = useMemo(() => records.map(rowOf), [records, rowOf]);
  const columns = useMemo(() => recordColumns(language), [language]);
  const textLanguage = useMemo(() => reportLanguages(data), [data]);
  const table = useTable({
    features: dashboardTableFeatures,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    initialState,
    enableSortingRemoval: false,
  });
  const { pageIndex, pageSize } = table.state.pagination;
  const summary = pageSummary(pageIndex, pageSize, rows.length);
  const caption = t('tables.records.caption');

  const cell = (id: RecordColumnId, row: RecordRow) => {
    switch (id) {
      case 'paragraph':
        return (
          <th scope="row" key={id} className="col-paragraph">
            <SourceButton
              source={{ report: row.report, paragraph: row.paragraph }}
              title={() =>
                t('tables.records.sourcesTitle', { paragraph: row.paragraph, country: row.country })
              }
              onOpenSources={onOpenSources}
              withReport={several}
            />
          </th>
        );
      case 'themes':
        return (
          <td key={id} className="col-list">
            {row.themes.join(language === 'zh' ? '、' : ', ')}
          </td>
        );
      case 'partners':
        return (
          <td key={id} className="col-list">
            <PartnerList partners={row.partners} language={language} />
          </td>
        );
      case 'sentence':
        return (
          <td key={id} className="col-sentence" lang={textLanguage.get(row.report)}>
            <TaggedSentence segments={row.segments} />
          </td>
        );
      default:
        return (
          <td key={id} className={`col-${id}`}>
            {row[id]}
          </td>
        );
    }
  };

  return (
    <section className="report-table records-table" aria-labelledby={captionId}>
      <div className="report-table-scroll">
        <table>
          <caption id={captionId}>
            {caption}{' '}
            <span className="caption-count">
              ({t('tables.records.rowCount', { count: rows.length })})
            </span>
          </caption>
          <SortableTableBody<RecordRow, RecordColumnId>
            headerGroups={table.getHeaderGroups()}
            rows={table.getRowModel().rows}
            columnCount={columns.length}
            headerLabel={(id) => t(`tables.column.${id}`)}
            emptyText={t('tables.records.empty')}
            renderCell={cell}
          />
        </table>
      </div>
      <div className="table-footer">
        <p className="table-summary" aria-live="polite">
          {t(rows.length === 1 ? 'tables.records.showingOne' : 'tables.records.showing', {
            first: formatNumber(summary.first),
            last: formatNumber(summary.last),
            count: formatNumber(rows.length),
          })}
        </p>
        <Pager
          label={caption}
          pageIndex={pageIndex}
          pageCount={summary.pageCount}
          onPage={(index) => table.setPageIndex(index)}
        />
      </div>
      <TagLegend />
    </section>
  );
}

/** The language each report's text is in, for the sentence cells' lang attribute. */
function reportLanguages(data: DashboardData): Map<string, string> {
  return new Map(
    data.paragraphs.reports.flatMap((report) =>
      report.registry ? [[report.symbol, report.registry.language] as const] : [],
    ),
  );
}

function PartnerList({
  partners,
  language,
}: {
  partners: RecordRow['partners'];
  language: Language;
}) {
  if (partners.length === 0) return null;
  return (
    <ul className="inline-list">
      {partners.map((partner) => {
        const text = partnerText(partner, language);
        return (
          <li key={partner.id}>
            {text === partner.name ? text : <abbr title={partner.name}>{text}</abbr>}
          </li>
        );
      })}
    </ul>
  );
}
