import type { Cell } from './records-export-state.ts';

/** The records as an .xlsx workbook; the library loads only when someone asks for it. */
export async function xlsxBlob(header: readonly string[], rows: readonly Cell[][]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const data = [
    header.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...rows.map((row) => row.map((value) => ({ value }))),
  ];
  return writeXlsxFile(data, { sheet: 'Records', stickyRowsCount: 1 }).toBlob();
}
