import { readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces the whole output folder at once: files go to a sibling temp folder, which then
 * takes the folder's place. A failure before the swap leaves the previous outputs untouched.
 */
export async function replaceFolder(
  folder: string,
  files: ReadonlyMap<string, string>,
): Promise<void> {
  const parent = dirname(folder);
  await mkdir(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(parent, `.${basename(folder)}.staging-${stamp}`);
  const retired = join(parent, `.${basename(folder)}.retired-${stamp}`);
  await mkdir(staging);
  try {
    for (const [name, content] of files) await writeFile(join(staging, name), content, 'utf8');
    const hadFolder = await rename(folder, retired).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    await rename(staging, folder);
    if (hadFolder) await rm(retired, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Synchronous: Node 20 reads a large file through the promise API in small pooled chunks, ten times slower. */
export function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
