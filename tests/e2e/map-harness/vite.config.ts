import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The world map alone on the real data, for screenshots and timing before the app shell mounts
 * it: `npx vite build --config tests/e2e/map-harness/vite.config.ts`, then serve
 * test-results/map-harness. The e2e global setup does not build it.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
export default defineConfig({
  root,
  plugins: [react()],
  publicDir: fileURLToPath(new URL('../../../public', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('../../../test-results/map-harness', import.meta.url)),
    emptyOutDir: true,
  },
});
