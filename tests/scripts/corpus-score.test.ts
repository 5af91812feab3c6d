import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../scripts/evaluate/corpus.ts';
import type { TextRun } from '../../scripts/evaluate/corpus.ts';
import { aggregate, formatCorpusTables } from '../../scripts/evaluate/corpus-table.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
let runs: TextRun[];

beforeAll(async () => {
  runs = await evaluateCorpus(root);
  // The figures the closing notes quote: printed on every run (npm run evaluate prints the same).
  console.log(formatCorpusTables(runs));
}, 120_000);

const groups = {
  'A/HRC/44/28 as received': (run: TextRun) =>
    !run.fictional && run.layout.startsWith('as received'),
  'A/HRC/44/28 re-laid out': (run: TextRun) =>
    !run.fictional && !run.layout.startsWith('as received'),
  'fictional reports': (run: TextRun) => run.fictional,
};

/**
 * Every text of the development corpus (tests/fixtures/corpus) in every layout, against its hand
 * annotation. The structure must be exact; the tagging floors sit a little under the measured
 * scores, so that a change that makes any of them worse fails here: raise them as it improves.
 */
describe.each(Object.entries(groups))('%s', (_name, belongs) => {
  const scored = () => aggregate(runs.filter(belongs));

  it('is read, never refused, with every paragraph, footnote and heading exact', () => {
    const a = scored();
    expect(a.runs).toBeGreaterThan(0);
    expect(a.refused).toBe(0);
    expect(a.paragraphs.matched).toBe(a.paragraphs.gold);
    expect(a.footnotes.matched).toBe(a.footnotes.gold);
    expect(a.footnoteLinks.matched).toBe(a.footnoteLinks.gold);
    expect(a.sections.matched).toBe(a.sections.gold);
    expect(a.leaks).toBe(0);
  });

  it('keeps countries, roles, partners and figures at least as good as measured', () => {
    const a = scored();
    const floor = FLOORS[_name as keyof typeof FLOORS];
    expect(a.countries.f1).toBeGreaterThanOrEqual(floor.countryF1);
    expect(a.countryRoles.f1).toBeGreaterThanOrEqual(floor.countryRoleF1);
    expect(a.titleLeaks).toBeLessThanOrEqual(floor.titleLeaks);
    expect(a.partners.recall).toBeGreaterThanOrEqual(floor.partnerRecall);
    expect(a.figures.recall).toBeGreaterThanOrEqual(floor.figureRecall);
    expect(a.figures.precision).toBeGreaterThanOrEqual(floor.figurePrecision);
    expect(a.breakdown.exact).toBeGreaterThanOrEqual(floor.breakdownsExact);
  });
});

// Measured 2026-12-03 (npm run evaluate): seed country F1 99.2 %, country+role 98.3 %, figures
// 100 / 100 %; fictional (twenty-one reports, 189 runs) country F1 98.9 %, country+role 82.0 %,
// partner recall 51.0 %, figures 98.8 / 98.9 %, every breakdown exact, no title leak. The
// figure floors are 0.98 since blind rounds 6 to 8 (fictional-15 to -18) joined with 95.8 to
// 97.7 % recall: the aggregate moved because harder texts came in, not because a text lost.
const FLOORS = {
  'A/HRC/44/28 as received': {
    countryF1: 0.98,
    countryRoleF1: 0.97,
    titleLeaks: 0,
    partnerRecall: 0.85,
    figureRecall: 0.98,
    figurePrecision: 0.98,
    breakdownsExact: 1,
  },
  'A/HRC/44/28 re-laid out': {
    countryF1: 0.98,
    countryRoleF1: 0.97,
    titleLeaks: 0,
    partnerRecall: 0.85,
    figureRecall: 0.98,
    figurePrecision: 0.98,
    breakdownsExact: 9,
  },
  'fictional reports': {
    countryF1: 0.97,
    countryRoleF1: 0.8,
    titleLeaks: 0,
    partnerRecall: 0.5,
    figureRecall: 0.98,
    figurePrecision: 0.98,
    breakdownsExact: 162,
  },
};
