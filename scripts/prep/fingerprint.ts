import { createHash } from 'node:crypto';
import { type Dirent, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The code and reference data that shape the outputs; a change to any of them means re-prep. */
const INPUT_FOLDERS = [
  'src/domain',
  'src/pipeline',
  'scripts/prep',
  'data/reference',
  'data/review',
];

// Synchronous on purpose: some eighty small files, read one after another, cost a few
// milliseconds this way and tens of milliseconds through the promise API's thread pool.
export function pipelineFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const folder of INPUT_FOLDERS) {
    for (const file of listFiles(join(root, folder))) {
      hash.update(relative(root, file));
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function listFiles(folder: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(path));
    else files.push(path);
  }
  return files;
}
