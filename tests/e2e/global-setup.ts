import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { freePort } from './free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The same app serving the seed and two fictional reports prepared together. */
    seriesBaseUrl: string;
    chromiumPath: string;
  }
}

function run(command: string, args: string[], cwd: string, env = process.env): void {
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(
      `\`${[command, ...args].join(' ')}\` failed (exit ${result.status ?? result.signal})`,
    );
  }
}

export function ensureChromium(): string {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) throw new Error('apt-get install -y chromium');
  return chromiumPath;
}

export function ensureData(root: string): void {
  if (!existsSync(join(root, 'scripts/prep.ts'))) {
    throw new Error(
      'scripts/prep.ts is missing: e2e needs it to write public/data/paragraphs.json (npm run prep -- --if-needed)',
    );
  }
  run('npm', ['run', 'prep', '--', '--if-needed'], root);
}

/** Builds the app and serves dist/ on a free port; resolves to the base URL and a stop function. */
export async function buildAndPreview(root: string) {
  // Vitest sets NODE_ENV=test, which would make `vite build` bundle React's development build.
  const { NODE_ENV: _ignored, ...buildEnv } = process.env;
  run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], root, buildEnv);

  const port = await freePort();
  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return { baseUrl: `http://127.0.0.1:${port}/`, stop: () => server.close() };
}

/**
 * The built app with other data: the seed and two fictional reports of the corpus (typeset as a
 * PDF extraction gives them) prepared together by `npm run prep -- --reports`, in a copy of dist/
 * outside the project, so that the shipped data stays the real report.
 */
export async function previewSeries(root: string) {
  const folder = await mkdtemp(join(tmpdir(), 'e2e-series-'));
  const { writeSeriesFixture } = await import('../../scripts/corpus/series-fixture.ts');
  const list = await writeSeriesFixture(root, join(folder, 'texts'));
  run('npm', ['run', 'prep', '--', '--reports', list, '--out', join(folder, 'data')], root);
  const dist = join(folder, 'dist');
  await cp(join(root, 'dist'), dist, { recursive: true });
  await rm(join(dist, 'data'), { recursive: true, force: true });
  await cp(join(folder, 'data'), join(dist, 'data'), { recursive: true });
  const port = await freePort();
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    stop: async () => {
      await server.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  const root = project.config.root;
  const chromiumPath = ensureChromium();
  ensureData(root);
  const app = await buildAndPreview(root);
  const series = await previewSeries(root);
  project.provide('baseUrl', app.baseUrl);
  project.provide('seriesBaseUrl', series.baseUrl);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await app.stop();
    await series.stop();
  };
}
