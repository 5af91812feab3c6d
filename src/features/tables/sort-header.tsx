import type { Header, RowData } from '@tanstack/react-table';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { ariaSort } from './table-features.ts';
import type { DashboardTableFeatures } from './table-features.ts';

/** A column header: a button that sorts when the column can sort, with aria-sort on the cell. */
export function SortHeader<TData extends RowData>({
  header,
  label,
  className,
}: {
  header: Header<DashboardTableFeatures, TData>;
  label: string;
  className?: string;
}) {
  const { t } = useI18n();
  const column = header.column;
  if (!column.getCanSort()) {
    return (
      <th scope="col" className={className}>
        {label}
      </th>
    );
  }
  const sorted = column.getIsSorted();
  const state =
    sorted === 'asc'
      ? t('tables.sortAscending')
      : sorted === 'desc'
        ? t('tables.sortDescending')
        : null;
  return (
    <th scope="col" className={className} aria-sort={ariaSort(sorted)}>
      <button
        type="button"
        className="sort-button"
        onClick={() => column.toggleSorting(sorted === 'asc')}
        title={state ?? undefined}
      >
        {label}
        <span className="sort-mark" aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
