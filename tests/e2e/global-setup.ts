import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { freePort } from './free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
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

export default async function setup(project: TestProject) {
  const root = project.config.root;
  const chromiumPath = ensureChromium();
  ensureData(root);
  const app = await buildAndPreview(root);
  project.provide('baseUrl', app.baseUrl);
  project.provide('chromiumPath', chromiumPath);
  return app.stop;
}
