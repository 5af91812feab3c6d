/**
 * A series of reports prepared together, for tests and the bench only: the seed (the real
 * A/HRC/44/28, from data/reports.json) plus fictional reports of the corpus typeset as a PDF
 * extraction would give them. The fictional texts are never listed in data/reports.json, so the
 * shipped data stays the real report.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { reportsFileSchema } from '../../src/domain/index.ts';
import type { ReportEntry } from '../../src/domain/index.ts';
import { parseSourceForm } from './source-form.ts';
import { SEED_LAYOUT, typeset } from './typeset.ts';

/** Two fictional reports of consecutive years after the seed's 2020, each with a stated breakdown. */
export const SERIES_FICTIONAL = ['fictional-01', 'fictional-02'] as const;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Writes the fictional texts into `folder` and a list of reports (seed first) beside them;
 * resolves to the list's path, for `npm run prep -- --reports LIST`.
 */
export async function writeSeriesFixture(
  root: string,
  folder: string,
  names: readonly string[] = SERIES_FICTIONAL,
): Promise<string> {
  await mkdir(folder, { recursive: true });
  const registry = reportsFileSchema.parse(
    JSON.parse(await readFile(join(root, 'data/reports.json'), 'utf8')),
  );
  const seed = registry.reports.map((entry) => ({ ...entry, path: resolve(root, entry.path) }));
  const fictional: ReportEntry[] = [];
  for (const name of names) {
    const path = join(root, 'tests/fixtures/corpus', `${name}.source.txt`);
    const source = parseSourceForm(await readFile(path, 'utf8'), name);
    if (!source.fictional) throw new Error(`${path}: not marked fictional`);
    const text = typeset(source, SEED_LAYOUT);
    const rawPath = join(folder, `${name}.zh.txt`);
    await writeFile(rawPath, text);
    fictional.push({
      symbol: source.symbol,
      language: 'zh',
      session: source.session,
      year: source.year,
      title: {
        zh: `${source.title.zh}（虚构，仅供测试）`,
        en: `${source.title.en} (fictional, for tests only)`,
      },
      path: rawPath,
      sha256: sha256(text),
    });
  }
  const list = join(folder, 'reports.json');
  await writeFile(list, `${JSON.stringify({ reports: [...seed, ...fictional] }, null, 2)}\n`);
  return list;
}
