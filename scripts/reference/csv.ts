export type CsvRow = Readonly<Record<string, string>>;

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF), header row first, BOM dropped. */
export function parseCsv(text: string): CsvRow[] {
  const [header, ...rows] = parseCsvRecords(text);
  if (!header) return [];
  return rows
    .filter((row) => row.length > 1 || (row[0] ?? '') !== '')
    .map((row) => {
      if (row.length !== header.length) {
        throw new Error(
          `CSV row has ${row.length} fields, header has ${header.length}: ${row.join(',')}`,
        );
      }
      return Object.fromEntries(header.map((name, index) => [name, row[index] ?? '']));
    });
}

/** Every record as its fields, header included, BOM dropped (the dashboard's CSV exports, in tests). */
export function parseCsvRecords(csv: string): string[][] {
  const text = csv.replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
