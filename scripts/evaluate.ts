/**
 * npm run evaluate [-- --details --text NAME --json PATH --corpus DIR]
 * Scores the pipeline on every text of the development corpus (A/HRC/44/28 as received and
 * re-laid out, and the fictional reports of tests/fixtures/corpus) in every layout, against the
 * hand annotations; prints one table per text, per layout and overall. `--corpus DIR` (repeatable)
 * adds the texts of another folder in the same source form, e.g. texts held back for review.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateCorpus } from './evaluate/corpus.ts';
import { formatCorpusTables, formatDetails } from './evaluate/corpus-table.ts';
import { formatReadingDetails, formatReadingTables } from './evaluate/reading-table.ts';

const { values } = parseArgs({
  options: {
    details: { type: 'boolean', default: false },
    text: { type: 'string' },
    json: { type: 'string' },
    corpus: { type: 'string', multiple: true },
  },
});
const root = process.cwd();
const extraFolders = (values.corpus ?? []).map((folder) => resolve(root, folder));
const runs = (await evaluateCorpus(root, extraFolders)).filter(
  (run) => values.text === undefined || run.text.includes(values.text),
);
process.stdout.write(formatCorpusTables(runs));
process.stdout.write(`\n${formatReadingTables(runs)}`);
if (values.details) process.stdout.write(`\n${formatDetails(runs)}\n${formatReadingDetails(runs)}`);
if (values.json) {
  const path = resolve(root, values.json);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(runs, null, 2)}\n`);
}
