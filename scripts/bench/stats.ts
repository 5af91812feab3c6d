/** Summary statistics of repeated timings, in milliseconds. */
export interface Timing {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Interquartile range: the machine noise, as the spread of the middle half of the runs. */
  readonly iqr: number;
  readonly runs: readonly number[];
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[above] ?? Number.NaN;
  return low + (high - low) * (position - below);
}

export function summarise(runs: readonly number[]): Timing {
  const sorted = [...runs].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    iqr: quantile(sorted, 0.75) - quantile(sorted, 0.25),
    runs: runs.map((run) => Math.round(run * 10) / 10),
  };
}

/** Runs `work` `times` times in a row and summarises the durations. */
export async function repeat(times: number, work: () => Promise<unknown>): Promise<Timing> {
  const runs: number[] = [];
  for (let index = 0; index < times; index += 1) {
    const start = performance.now();
    await work();
    runs.push(performance.now() - start);
  }
  return summarise(runs);
}
