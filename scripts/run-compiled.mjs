// `node scripts/run-compiled.mjs prep [args]`: runs the prep CLI (what scripts/prep.ts runs)
// compiled to one file. tsx compiles every file on every start (about 0.3 s); this compiles once
// with esbuild into node_modules/.cache and reuses the bundle until a file it is built from
// changes. The bundle is CommonJS so that V8's code cache can be kept beside it (Node 20 has no
// compile cache for ES modules): parsing and compiling the bundle is then mostly skipped.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Each entry module exports `runCli(argv, io)` returning the exit code, and `consoleIo()`. */
const ENTRIES = { prep: 'scripts/prep/cli.ts' };
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
const bundle = join(cache, `${name}.cjs`);
const codeCache = join(cache, `${name}.code-cache`);
const stampFile = join(cache, `${name}.stamp`);
const stamp = sourceStamp();
if (!existsSync(bundle) || !existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
  const { build } = await import('esbuild');
  mkdirSync(cache, { recursive: true });
  rmSync(codeCache, { force: true });
  await build({
    entryPoints: [join(root, entry)],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'bundle',
    logLevel: 'error',
  });
  writeFileSync(stampFile, stamp);
}

const cachedData = existsSync(codeCache) ? readFileSync(codeCache) : undefined;
const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), {
  filename: bundle,
  cachedData,
});
const loaded = { exports: {} };
script
  .runInThisContext()
  .call(loaded.exports, loaded.exports, createRequire(bundle), loaded, bundle, dirname(bundle));
const code = await loaded.exports.runCli(args, loaded.exports.consoleIo());
// Made after the run, the cache holds the functions the run compiled, not only the top level.
if (cachedData === undefined || script.cachedDataRejected) {
  try {
    // Written aside and renamed: a prep started meanwhile reads the old cache or the new one.
    const partial = `${codeCache}.${process.pid}`;
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, codeCache);
  } catch {
    // A read-only cache only costs the next start its compile time.
  }
}
// As in scripts/prep.ts: the outputs are written, so exit without the collector's last pass.
process.exit(code);
