export type CsvCell = string | number | null | undefined;

/**
 * A text a spreadsheet would run as a formula (OWASP "CSV injection"): it begins with = + - or @,
 * or with a tab or carriage return that some spreadsheets skip before one.
 */
const FORMULA_START = /^[=+\-@\t\r]/u;

/** A text cell that opens as the text itself: a leading apostrophe makes spreadsheets read it so. */
export function formulaSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // A number is written as a number (a negative one included): it cannot be a formula.
  const text = typeof value === 'number' ? String(value) : formulaSafe(value);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 CSV with a UTF-8 byte-order mark and CRLF line ends, so Excel opens Chinese text and
 * embedded line breaks correctly. Every text cell is formula-safe.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
