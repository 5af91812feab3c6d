import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            setupFiles: ['tests/support/fast-check-seed.ts'],
            // Generous limits: a test fails for what it checks, never because the machine is
            // busy (property runs and the corpus evaluation take seconds on a loaded 2-core VM).
            testTimeout: 120_000,
            hookTimeout: 180_000,
            include: [
              'tests/pipeline/**/*.test.ts',
              'tests/unit/**/*.test.ts',
              'tests/domain/**/*.test.ts',
              'tests/scripts/**/*.test.ts',
              'tests/reference/**/*.test.ts',
            ],
          },
        },
        {
          extends: true,
          test: {
            name: 'jsdom',
            environment: 'jsdom',
            setupFiles: ['tests/support/fast-check-seed.ts'],
            testTimeout: 60_000,
            include: ['tests/component/**/*.test.tsx'],
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.test.ts'],
            globalSetup: ['tests/e2e/global-setup.ts'],
            fileParallelism: false,
            testTimeout: 60_000,
            hookTimeout: 120_000,
          },
        },
      ],
    },
  }),
);
