/**
 * Synthetic inputs many times the size of the report, built from its own structure: for prep, the
 * report's text repeated as separate reports with other symbols and country names swapped; for the
 * app, its paragraphs and records repeated as separate reports with other countries.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

interface ReferenceCountry {
  readonly iso3: string;
  readonly names: { readonly zh: string };
  readonly region: { readonly code: string } | null;
  readonly subregion: { readonly code: string } | null;
}

interface ReportEntry {
  readonly symbol: string;
  readonly path: string;
  readonly [key: string]: unknown;
}

const escape = (text: string) => text.replaceAll(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Writes a temporary project root under `dir` holding `copies` reports made from the first one in
 * data/reports.json: each its own symbol (A/HRC/1xx/28), with every country name of three or more
 * characters swapped for another country's. The code and reference data are symlinked, so
 * `runPrep({ root: dir })` and `tsx scripts/prep.ts` with cwd `dir` run the real pipeline.
 * Resolves to the corpus size in characters.
 */
export async function writeSyntheticCorpus(
  root: string,
  dir: string,
  copies: number,
): Promise<number> {
  const registry = JSON.parse(await readFile(join(root, 'data/reports.json'), 'utf8')) as {
    reports: ReportEntry[];
  };
  const first = registry.reports[0];
  if (!first) throw new Error('data/reports.json lists no report');
  const text = await readFile(join(root, first.path), 'utf8');
  const countries = (
    JSON.parse(await readFile(join(root, 'data/reference/countries.json'), 'utf8')) as {
      countries: ReferenceCountry[];
    }
  ).countries.filter((country) => country.names.zh.length >= 3);
  const names = countries.map((country) => country.names.zh);
  const byName = new Map(names.map((name, index) => [name, index]));
  const pattern = new RegExp(
    [...names]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|'),
    'gu',
  );

  await mkdir(join(dir, 'data/raw'), { recursive: true });
  await mkdir(join(dir, 'src'), { recursive: true });
  for (const link of ['data/reference', 'data/review', 'src/domain', 'src/pipeline', 'scripts']) {
    await symlink(join(root, link), join(dir, link));
  }
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'));
  const reports: ReportEntry[] = [];
  let characters = 0;
  for (let copy = 0; copy < copies; copy += 1) {
    const symbol = copySymbol(first.symbol, copy);
    const varied =
      copy === 0
        ? text
        : text
            .replaceAll(first.symbol, symbol)
            .replace(
              pattern,
              (name) => names[((byName.get(name) ?? 0) + copy * 7) % names.length] ?? name,
            );
    const path = `data/raw/synthetic-${String(copy).padStart(3, '0')}.txt`;
    await writeFile(join(dir, path), varied);
    characters += varied.length;
    reports.push({
      ...first,
      symbol,
      path,
      sha256: createHash('sha256').update(varied).digest('hex'),
    });
  }
  await writeFile(join(dir, 'data/reports.json'), JSON.stringify({ reports }, null, 2));
  return characters;
}

interface SentenceRow {
  readonly report: string;
  readonly places: readonly (readonly [string | null, ...unknown[]])[];
  readonly [key: string]: unknown;
}

interface ReportScoped {
  readonly report: string;
  readonly [key: string]: unknown;
}

interface ParagraphsJson {
  readonly meta: unknown;
  readonly reports: readonly { readonly symbol: string; readonly [key: string]: unknown }[];
  readonly sections: readonly ReportScoped[];
  readonly paragraphs: readonly ReportScoped[];
}

/** The symbol of copy `copy` of a report: A/HRC/44/28, A/HRC/101/28, A/HRC/102/28, … */
const copySymbol = (symbol: string, copy: number) =>
  copy === 0 ? symbol : symbol.replace(/\/\d+\//u, `/${100 + copy}/`);

/**
 * The first report of paragraphs.json and records.json repeated as `copies` reports, each with its
 * own symbol (its paragraphs, sections and records with it) and its records' countries moved on
 * by 11 places in the reference per copy, so that every country gets records. Figures stay the
 * first report's. Records and paragraphs as prep writes them: the app reads them unchanged.
 */
export function multiplyReports(
  paragraphsJson: string,
  recordsJson: string,
  referenceJson: string,
  copies: number,
): { paragraphs: string; records: string } {
  const paragraphs = JSON.parse(paragraphsJson) as ParagraphsJson;
  const records = JSON.parse(recordsJson) as { sentences: SentenceRow[]; [key: string]: unknown };
  const countries = (JSON.parse(referenceJson) as { countries: ReferenceCountry[] }).countries;
  const index = new Map(countries.map((country, position) => [country.iso3, position]));
  const first = paragraphs.reports[0];
  if (!first) throw new Error('paragraphs.json holds no report');
  const ofFirst = <T extends ReportScoped>(items: readonly T[]) =>
    items.filter((item) => item.report === first.symbol);
  const reports: unknown[] = [];
  const sections: unknown[] = [];
  const texts: unknown[] = [];
  const sentences: unknown[] = [];
  for (let copy = 0; copy < copies; copy += 1) {
    const report = copySymbol(first.symbol, copy);
    reports.push({ ...first, symbol: report });
    for (const section of ofFirst(paragraphs.sections)) sections.push({ ...section, report });
    for (const paragraph of ofFirst(paragraphs.paragraphs)) texts.push({ ...paragraph, report });
    for (const row of ofFirst(records.sentences)) {
      const moved = new Set<string | null>();
      const places = row.places.flatMap(([country, ...rest]) => {
        const position = country === null ? undefined : index.get(country);
        const other =
          position === undefined
            ? country
            : (countries[(position + copy * 11) % countries.length]?.iso3 ?? country);
        if (moved.has(other)) return [];
        moved.add(other);
        return [[other, ...rest]];
      });
      sentences.push({ ...row, report, places });
    }
  }
  return {
    paragraphs: JSON.stringify({ ...paragraphs, reports, sections, paragraphs: texts }),
    records: JSON.stringify({ ...records, sentences }),
  };
}
