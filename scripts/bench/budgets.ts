/** The performance budgets (issue 8) and the check of a bench summary against them. */
export interface Budget {
  readonly name: string;
  readonly limit: number;
  readonly unit: string;
  readonly value: number | null;
}

export function failures(budgets: readonly Budget[]): Budget[] {
  return budgets.filter((budget) => budget.value === null || budget.value > budget.limit);
}
