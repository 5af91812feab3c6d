import { useTable } from '@tanstack/react-table';
import { useId, useMemo } from 'react';
import type { DashboardData } from '../../lib/data/queries.ts';
import { seriesSymbols } from '../../lib/data/report-scope.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import type { SourcesRequest } from '../../lib/provenance/sources-request.ts';
import { figureColumns, figureRows } from './figures-table-state.ts';
import type { FigureColumnId, FigureRow } from './figures-table-state.ts';
import { SortableTableBody } from './sortable-table-body.tsx';
import { SourceButton } from './source-button.tsx';
import { CountedCell } from './counted-cell.tsx';
import { quotedLanguage } from '../../lib/figures/figure-labels.ts';
import { dashboardTableFeatures } from './table-features.ts';
import './tables.css';

export interface FiguresTableProps {
  readonly data: DashboardData;
  readonly onOpenSources: (request: SourcesRequest) => void;
}

const initialState = {
  sorting: [{ id: 'paragraph', desc: false }],
  pagination: { pageIndex: 0, pageSize: Number.POSITIVE_INFINITY },
};

const headerKeys = {
  fund: 'tables.figures.fund',
  counts: 'tables.figures.counts',
  value: 'tables.figures.value',
  year: 'tables.figures.year',
  paragraph: 'tables.column.paragraph',
} as const satisfies Record<FigureColumnId, string>;

/** Every figure the report states: fund, what is counted, value with its qualifier, year, ¶. */
export function FiguresTable({ data, onOpenSources }: FiguresTableProps) {
  const { language, t, formatNumber } = useI18n();
  const captionId = useId();
  const several = data.paragraphs.reports.length > 1;
  const rows = useMemo(
    () =>
      figureRows(
        data.figures.figures,
        data.reference,
        language,
        t,
        formatNumber,
        seriesSymbols(data),
      ),
    [data, language, t, formatNumber],
  );
  const columns = useMemo(() => figureColumns(language), [language]);
  const wordsLanguage = (row: FigureRow) =>
    quotedLanguage(data.paragraphs, row.report, row.counted.words ?? '');
  const table = useTable({
    features: dashboardTableFeatures,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    initialState,
    enableSortingRemoval: false,
  });

  const cell = (id: FigureColumnId, row: FigureRow) => {
    switch (id) {
      case 'fund':
        return (
          <th scope="row" key={id}>
            {row.fund ?? t('tables.none')}
          </th>
        );
      case 'counts':
        return (
          <td key={id}>
            <CountedCell
              label={row.counted}
              language={language}
              wordsLanguage={wordsLanguage(row)}
            />
          </td>
        );
      case 'value':
        return (
          <td key={id} className="numeric">
            {row.valueText}
          </td>
        );
      case 'year':
        return (
          <td key={id} className="numeric">
            {row.year === null ? t('tables.none') : String(row.year)}
          </td>
        );
      case 'paragraph':
        return (
          <td key={id} className="col-paragraph">
            <SourceButton
              source={{ report: row.report, paragraph: row.paragraph }}
              title={() =>
                t('tables.figures.sourcesTitle', { value: row.valueText, counts: row.counts })
              }
              onOpenSources={onOpenSources}
              withReport={several}
            />
          </td>
        );
    }
  };

  return (
    <section className="report-table figures-table" aria-labelledby={captionId}>
      <div className="report-table-scroll">
        <table>
          <caption id={captionId}>{t('tables.figures.caption')}</caption>
          <SortableTableBody<FigureRow, FigureColumnId>
            headerGroups={table.getHeaderGroups()}
            rows={table.getRowModel().rows}
            columnCount={columns.length}
            headerLabel={(id) => t(headerKeys[id])}
            emptyText={t('tables.figures.empty')}
            renderCell={cell}
          />
        </table>
      </div>
    </section>
  );
}
