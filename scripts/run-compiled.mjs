// `node scripts/run-compiled.mjs prep [args]`: runs scripts/prep.ts compiled to one ES module.
// tsx compiles every file on every start (about 0.3 s); this compiles once with esbuild into
// node_modules/.cache and reuses the bundle until a file it is built from changes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ENTRIES = { prep: 'scripts/prep.ts' };
const SOURCE_FOLDERS = ['scripts', 'src/domain', 'src/pipeline'];

const [name, ...args] = process.argv.slice(2);
const entry = ENTRIES[name];
if (!entry) {
  console.error(
    `run-compiled: unknown entry "${name}" (known: ${Object.keys(ENTRIES).join(', ')})`,
  );
  process.exit(2);
}

/** Paths, sizes and modification times of every source file, and the lockfile's bytes. */
function sourceStamp() {
  const hash = createHash('sha256');
  const visit = (folder) => {
    for (const item of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(folder, item.name);
      if (item.isDirectory()) visit(path);
      else if (/\.(?:ts|mts|mjs|js|json)$/u.test(item.name)) {
        const stat = statSync(path);
        hash.update(`${relative(root, path)}:${stat.size}:${stat.mtimeMs}\n`);
      }
    }
  };
  for (const folder of SOURCE_FOLDERS) visit(join(root, folder));
  hash.update(readFileSync(join(root, 'package-lock.json')));
  return hash.digest('hex');
}

const cache = join(root, 'node_modules/.cache/compiled-scripts');
const bundle = join(cache, `${name}.mjs`);
const stampFile = join(cache, `${name}.stamp`);
const stamp = sourceStamp();
if (!existsSync(bundle) || !existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
  const { build } = await import('esbuild');
  mkdirSync(cache, { recursive: true });
  await build({
    entryPoints: [join(root, entry)],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'bundle',
    logLevel: 'error',
  });
  writeFileSync(stampFile, stamp);
}
process.argv = [process.argv[0], join(root, entry), ...args];
await import(pathToFileURL(bundle).href);
