/** Generated files are 2-space JSON with a trailing newline, so reruns give the same bytes. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * JSON for a file of many rows: the rows of `key` one per line, without indentation, so that the
 * file stays small and a diff still shows one changed row per line.
 */
export function rowsJson<T extends object>(value: T, key: keyof T & string): string {
  const rows = value[key];
  if (!Array.isArray(rows)) throw new TypeError(`rowsJson: ${key} is not an array`);
  const empty = JSON.stringify({ ...value, [key]: [] }, null, 2);
  // The rows' key comes last in the object, so the file ends with them.
  if (!empty.endsWith('[]\n}')) throw new TypeError(`rowsJson: ${key} is not the last key`);
  const head = empty.slice(0, -'[]\n}'.length);
  const body = rows.map((row) => JSON.stringify(row)).join(',\n');
  return `${head}[\n${body}\n]\n}\n`;
}
