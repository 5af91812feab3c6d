/** Production builds into temporary folders and the size of their JavaScript, raw and gzip. */
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export interface Size {
  readonly raw: number;
  readonly gzip: number;
}

export interface BundleSizes {
  /** The scripts index.html loads before the first render: its module script and modulepreloads. */
  readonly initial: Size & { readonly files: readonly string[] };
  readonly all: Size & { readonly files: number };
}

/** Builds the app (vite.config.ts) into `outDir`; `alias` swaps modules for a bench-only variant. */
export async function buildApp(
  root: string,
  outDir: string,
  alias: { find: RegExp; replacement: string }[] = [],
): Promise<void> {
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'silent',
    resolve: { alias },
    build: { outDir, emptyOutDir: true },
  });
}

/** The same app with `import * as echarts from 'echarts'` in place of the tree-shaken module. */
export function fullEchartsAlias(root: string) {
  return [
    {
      find: /^.*\/lib\/echarts\.ts$/u,
      replacement: resolve(root, 'scripts/bench/echarts-full.ts'),
    },
  ];
}

async function sizeOf(outDir: string, files: readonly string[]): Promise<Size> {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = await readFile(join(outDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

export async function bundleSizes(outDir: string): Promise<BundleSizes> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const initialFiles = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="\/?([^"]+\.js)"/gu),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/?([^"]+\.js)"/gu),
  ].map((match) => match[1] ?? '');
  const allFiles = (await readdir(join(outDir, 'assets')))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `assets/${file}`);
  return {
    initial: { ...(await sizeOf(outDir, initialFiles)), files: initialFiles },
    all: { ...(await sizeOf(outDir, allFiles)), files: allFiles.length },
  };
}
