import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../scripts/reference/csv.ts';
import { runPrep } from '../../scripts/prep/run-prep.ts';
import type { ActivityRecord, ReferenceFile } from '../../src/domain/index.ts';
import { toCsv } from '../../src/features/export/csv.ts';
import {
  recordCsvRows,
  recordHxlRows,
  recordTable,
} from '../../src/features/export/records-export-state.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The OWASP examples of CSV injection, each put at the start of a sentence of the report. */
const HOSTILE = ['=HYPERLINK("http://evil","x")', "+cmd|' /C calc'!A0", '-1+1', '@SUM(A1)'];

let work: string;
let records: ActivityRecord[];
let reference: ReferenceFile;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'formula-'));
  // A hostile rewording of the real text (not a report of the series): four sentences that
  // begin "人权高专办…" in A/HRC/44/28 now begin with a formula.
  let text = await readFile(join(root, 'data/raw/A_HRC_44_28.zh.txt'), 'utf8');
  const starts = [...text.matchAll(/。人权高专办/gu)].map((match) => match.index + 1);
  expect(starts.length).toBeGreaterThan(12);
  // Four sentences far apart, changed from the last one back so the earlier offsets hold.
  const chosen = [2, 5, 9, 12].map((index) => starts[index]!);
  for (let index = chosen.length - 1; index >= 0; index -= 1) {
    const at = chosen[index]!;
    text = `${text.slice(0, at)}${HOSTILE[index]}${text.slice(at)}`;
  }
  await writeFile(join(work, 'hostile.zh.txt'), text);
  await runPrep({
    root,
    input: join(work, 'hostile.zh.txt'),
    out: join(work, 'out'),
    symbol: 'A/HRC/44/28',
  });
  records = JSON.parse(await readFile(join(work, 'out/activities.json'), 'utf8')).records;
  reference = JSON.parse(await readFile(join(work, 'out/reference.json'), 'utf8'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a report whose sentences begin like formulas', () => {
  it('prepares, and the records keep the sentences as written', () => {
    for (const formula of HOSTILE)
      expect(records.some((record) => record.evidence.sentence.startsWith(formula))).toBe(true);
  });

  it.each(['zh', 'en'] as const)(
    'exports no CSV or HXL cell a spreadsheet would run (%s)',
    (language) => {
      const table = recordTable(records, reference, language);
      for (const rows of [recordCsvRows(table), recordHxlRows(table)]) {
        const cells = parseCsvRecords(toCsv(rows)).flat();
        expect(cells.filter((cell) => /^[=+\-@\t\r]/u.test(cell))).toEqual([]);
        // The hostile sentences are there, opened as text.
        for (const formula of HOSTILE)
          expect(cells.some((cell) => cell.startsWith(`'${formula}`))).toBe(true);
      }
    },
  );
});
