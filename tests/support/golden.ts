import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Compares `actual` with the golden file. A mismatch writes `<name>-changed.<ext>` beside it for
 * review (copy it over the golden once the change is right, or run `npm run golden:update`).
 * A missing golden fails unless UPDATE_GOLDEN=1.
 */
export function expectGolden(goldenPath: string, actual: string): void {
  const changedPath = goldenPath.replace(/(\.[^.]+)$/u, '-changed$1');
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(goldenPath, actual);
    rmSync(changedPath, { force: true });
    return;
  }
  if (!existsSync(goldenPath)) {
    writeFileSync(changedPath, actual);
    throw new Error(`golden file ${goldenPath} is missing; review ${changedPath} and rename it`);
  }
  const expected = readFileSync(goldenPath, 'utf8');
  if (expected === actual) {
    rmSync(changedPath, { force: true });
    return;
  }
  writeFileSync(changedPath, actual);
  expect(actual, `output differs from ${goldenPath}; see ${changedPath}`).toBe(expected);
}
