/** Built apps serving a synthetic corpus, and what the first view fetched before records.json. */
import { cp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { multiplyReports } from './synthetic.ts';

/**
 * A copy of the built app at `appDir` whose paragraphs.json and records.json hold `copies`
 * reports (multiplyReports). activities.json, which the app does not fetch, is left out.
 */
export async function writeCorpusApp(
  appDir: string,
  dir: string,
  copies: number,
  multiply: typeof multiplyReports,
): Promise<void> {
  await cp(appDir, dir, { recursive: true });
  await rm(join(dir, 'data/activities.json'));
  const read = (file: string) => readFile(join(appDir, 'data', file), 'utf8');
  const { paragraphs, records } = multiply(
    await read('paragraphs.json'),
    await read('records.json'),
    await read('reference.json'),
    copies,
  );
  await writeFile(join(dir, 'data/paragraphs.json'), paragraphs);
  await writeFile(join(dir, 'data/records.json'), records);
}

const size = async (path: string) => (await stat(path)).size;

async function recordCount(dir: string): Promise<number> {
  const file = JSON.parse(await readFile(join(dir, 'data/records.json'), 'utf8')) as {
    sentences: { places: unknown[] }[];
  };
  return file.sentences.reduce((total, row) => total + row.places.length, 0);
}

/** activities.json's size per record in the built app at `appDir` (the real data). */
export async function activitiesBytesPerRecord(appDir: string): Promise<number> {
  return (await size(join(appDir, 'data/activities.json'))) / (await recordCount(appDir));
}

/**
 * The record file the first view of the app at `dir` reads (records.json) and what activities.json,
 * which it read before, weighs for the same records at `perRecord` bytes each (the copies' records
 * differ from the real ones only in country codes and report symbols).
 */
export async function recordFileSizes(
  dir: string,
  perRecord: number,
): Promise<{ readonly records: number; readonly activities: number }> {
  return {
    records: await size(join(dir, 'data/records.json')),
    activities: Math.round(perRecord * (await recordCount(dir))),
  };
}
