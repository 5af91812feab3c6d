/**
 * Settings for property tests. `npm test` replays a fixed seed, so CI fails only when the code
 * changed, and stops at the first counterexample (fast-check prints its seed and path) rather
 * than shrinking for minutes. `npm run fuzz` explores new random seeds; FUZZ_SEED=<n> FUZZ_SHRINK=1
 * replays one and shrinks it to a small case.
 */
export function fuzzSettings(defaultRuns: number): {
  numRuns: number;
  seed?: number;
  endOnFailure: boolean;
} {
  const numRuns = Number(process.env.FUZZ_RUNS ?? defaultRuns);
  const seedSetting = process.env.FUZZ_SEED ?? '20201201';
  const endOnFailure = process.env.FUZZ_SHRINK !== '1';
  return seedSetting === 'random'
    ? { numRuns, endOnFailure }
    : { numRuns, seed: Number(seedSetting), endOnFailure };
}
