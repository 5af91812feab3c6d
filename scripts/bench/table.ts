/** The bench's printed table. */
import type { Budget } from './budgets.ts';
import type { Timing } from './stats.ts';

export const ms = (value: number) => `${Math.round(value)} ms`;
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function timingRow(name: string, timing: Timing): [string, string, string] {
  return [
    name,
    ms(timing.median),
    `min ${ms(timing.min)}, max ${ms(timing.max)}, IQR ${ms(timing.iqr)} (n=${timing.runs.length})`,
  ];
}

export function renderTable(rows: readonly (readonly string[])[]): string {
  const widths = [0, 1, 2].map((column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const [head, ...body] = rows;
  return [
    line(head ?? []),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...body.map(line),
  ].join('\n');
}

export function budgetRows(budgets: readonly Budget[]): string[][] {
  return budgets.map((budget) => [
    budget.name,
    budget.value === null ? 'not measured' : `${budget.value.toFixed(2)} ${budget.unit}`,
    `${budget.value !== null && budget.value <= budget.limit ? 'pass' : 'FAIL'} (<= ${budget.limit} ${budget.unit})`,
  ]);
}
