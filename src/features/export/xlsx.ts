import type { WorkbookSheet } from './workbook-state.ts';

/**
 * The view's .xlsx workbook (the library loads only when someone asks for it): each sheet with a
 * bold, frozen header row, column widths from the content, long text wrapped. Cells are written
 * as typed values: a string stays a string, so no formula can run.
 */
export async function workbookBlob(sheets: readonly WorkbookSheet[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(
    sheets.map((sheet) => ({
      sheet: sheet.name,
      stickyRowsCount: 1,
      columns: sheet.widths.map((width) => ({ width })),
      data: [
        sheet.header.map((value) => ({ value, fontWeight: 'bold' as const })),
        ...sheet.rows.map((row) =>
          row.map((value, column) => ({
            value,
            ...((sheet.widths[column] ?? 0) >= 60 ? { wrap: true } : {}),
          })),
        ),
      ],
    })),
  ).toBlob();
}
