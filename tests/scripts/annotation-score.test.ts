import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationScore } from '../../src/pipeline/evaluate/score-annotation.ts';
import { evaluateDataFolder, formatScore } from '../../scripts/evaluate/evaluate-annotation.ts';
import { runPrep } from '../../scripts/prep/run-prep.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
let out: string;
let score: AnnotationScore;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'annotation-score-'));
  await runPrep({ root, out: join(out, 'data'), now: new Date('2020-01-01T00:00:00Z') });
  score = await evaluateDataFolder(root, join(out, 'data'));
  // The figures the closing note quotes: printed on every run.
  console.log(formatScore(score));
}, 60_000);

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

/**
 * Floors a little under the measured scores: a change that makes the pipeline worse on the
 * hand annotation fails here; raise them when the pipeline improves.
 */
describe('pipeline against the hand annotation', () => {
  it('finds the countries and their roles', () => {
    expect(score.countries.recall).toBeGreaterThanOrEqual(FLOORS.countryRecall);
    expect(score.countries.precision).toBeGreaterThanOrEqual(FLOORS.countryPrecision);
    expect(score.countryRoles.f1).toBeGreaterThanOrEqual(FLOORS.countryRoleF1);
  });

  it('finds the partners', () => {
    expect(score.partners.f1).toBeGreaterThanOrEqual(FLOORS.partnerF1);
  });

  it('finds the figures', () => {
    expect(score.figures.f1).toBeGreaterThanOrEqual(FLOORS.figureF1);
  });
});

// Measured on 2026-11-25: country P 98.3% R 97.5%, country+role F1 96.2%, partner F1 77.0%, figure F1 95.1%.
const FLOORS = {
  countryRecall: 0.95,
  countryPrecision: 0.95,
  countryRoleF1: 0.93,
  partnerF1: 0.72,
  figureF1: 0.9,
};
