/** Generated files are 2-space JSON with a trailing newline, so reruns give the same bytes. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
