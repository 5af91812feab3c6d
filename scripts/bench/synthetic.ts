/**
 * Synthetic inputs 100 times the size of the report, built from its own structure: the report's text
 * repeated as separate reports with other symbols and country names swapped, and its activity
 * records repeated with new ids and other countries.
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
    const symbol = copy === 0 ? first.symbol : first.symbol.replace(/\/\d+\//u, `/${100 + copy}/`);
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

interface ActivityRecord {
  readonly id: string;
  readonly country: string | null;
  readonly region: string | null;
  readonly subregion: string | null;
  readonly [key: string]: unknown;
}

/** activities.json with every record repeated `copies` times, new ids, other countries. */
export function multiplyActivities(
  activitiesJson: string,
  referenceJson: string,
  copies: number,
): string {
  const activities = JSON.parse(activitiesJson) as { meta: unknown; records: ActivityRecord[] };
  const countries = (JSON.parse(referenceJson) as { countries: ReferenceCountry[] }).countries;
  const index = new Map(countries.map((country, position) => [country.iso3, position]));
  const records: ActivityRecord[] = [];
  for (let copy = 0; copy < copies; copy += 1) {
    for (const record of activities.records) {
      if (copy === 0) {
        records.push(record);
        continue;
      }
      const position = record.country === null ? undefined : index.get(record.country);
      const other =
        position === undefined ? undefined : countries[(position + copy * 11) % countries.length];
      records.push({
        ...record,
        id: `${record.id}~${copy}`,
        ...(other
          ? {
              country: other.iso3,
              region: other.region?.code ?? null,
              subregion: other.subregion?.code ?? null,
            }
          : {}),
      });
    }
  }
  return JSON.stringify({ ...activities, records });
}
