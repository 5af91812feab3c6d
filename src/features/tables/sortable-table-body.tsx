import type { HeaderGroup, Row, RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { SortHeader } from './sort-header.tsx';
import type { DashboardTableFeatures } from './table-features.ts';

/** The head and body every sortable table shares: sort buttons, an empty-state row, one cell per column. */
export function SortableTableBody<TData extends RowData, TColumn extends string>({
  headerGroups,
  rows,
  columnCount,
  headerLabel,
  emptyText,
  renderCell,
}: {
  headerGroups: HeaderGroup<DashboardTableFeatures, TData>[];
  rows: Row<DashboardTableFeatures, TData>[];
  columnCount: number;
  headerLabel: (column: TColumn) => string;
  emptyText: string;
  renderCell: (column: TColumn, row: TData) => ReactNode;
}) {
  return (
    <>
      <thead>
        {headerGroups.map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <SortHeader
                key={header.id}
                header={header}
                className={`col-${header.column.id}`}
                label={headerLabel(header.column.id as TColumn)}
              />
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={columnCount} className="table-empty">
              {emptyText}
            </td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => renderCell(cell.column.id as TColumn, row.original))}
            </tr>
          ))
        )}
      </tbody>
    </>
  );
}
