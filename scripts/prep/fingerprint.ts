import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** The code and reference data that shape the outputs; a change to any of them means re-prep. */
const INPUT_FOLDERS = [
  'src/domain',
  'src/pipeline',
  'scripts/prep',
  'data/reference',
  'data/review',
];

export async function pipelineFingerprint(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of INPUT_FOLDERS) {
    for (const file of await listFiles(join(root, folder))) {
      hash.update(relative(root, file));
      hash.update(await readFile(file));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path)));
    else files.push(path);
  }
  return files;
}
