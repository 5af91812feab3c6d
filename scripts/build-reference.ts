/**
 * npm run build:reference
 * Regenerates data/reference/countries.json and cities.json from data/reference/sources/, the
 * reviewed files beside them and the pinned npm data packages. Fails, writing nothing, on any
 * alias that would name two places.
 */
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readReferenceInputs } from './reference/read-inputs.ts';
import { buildReferenceFiles } from './reference/reference-files.ts';

const started = performance.now();
try {
  const root = process.cwd();
  const { countries, cities, files } = buildReferenceFiles(await readReferenceInputs(root));
  const folder = join(root, 'data/reference');
  for (const [name, content] of files)
    await writeFile(join(folder, `.${name}.tmp`), content, 'utf8');
  for (const name of files.keys()) await rename(join(folder, `.${name}.tmp`), join(folder, name));
  const aliases = countries.reduce((sum, c) => sum + c.aliases.length, 0);
  const members = countries.filter((c) => c.status === 'member').length;
  console.log(
    `build:reference: ${countries.length} countries and areas (${members} members), ${aliases} aliases, ${cities.length} cities in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error(`build:reference: ${(error as Error).message}`);
  process.exitCode = 1;
}
