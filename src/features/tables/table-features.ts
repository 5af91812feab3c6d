import {
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { Row, RowData, SortFn } from '@tanstack/react-table';

/** The table features every dashboard table uses: client-side sorting and pagination. */
export const dashboardTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
});

export type DashboardTableFeatures = typeof dashboardTableFeatures;

type Sorter<TData extends RowData> = SortFn<DashboardTableFeatures, TData>;

/** Compares text values with the language's collation (pinyin for Chinese). */
export function textSort<TData extends RowData>(collator: Intl.Collator): Sorter<TData> {
  return (a: Row<DashboardTableFeatures, TData>, b: Row<DashboardTableFeatures, TData>, id) =>
    collator.compare(String(a.getValue(id) ?? ''), String(b.getValue(id) ?? ''));
}

/** Compares numbers; null (no value) sorts after every number in both directions' base order. */
export function numberSort<TData extends RowData>(): Sorter<TData> {
  return (a: Row<DashboardTableFeatures, TData>, b: Row<DashboardTableFeatures, TData>, id) => {
    const x = a.getValue(id) as number | null;
    const y = b.getValue(id) as number | null;
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return x - y;
  };
}

export function ariaSort(sorted: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' {
  if (sorted === 'asc') return 'ascending';
  if (sorted === 'desc') return 'descending';
  return 'none';
}

/** 1-based first and last row shown on a page, and the page count (at least 1). */
export function pageSummary(
  pageIndex: number,
  pageSize: number,
  rowCount: number,
): { first: number; last: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(rowCount / pageSize));
  if (rowCount === 0) return { first: 0, last: 0, pageCount };
  const first = pageIndex * pageSize + 1;
  return { first, last: Math.min(rowCount, first + pageSize - 1), pageCount };
}
