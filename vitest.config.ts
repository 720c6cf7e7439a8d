import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs the pure core under Node; `browser` drives the built app in
 * Debian's headless Chromium through playwright-core (see test/browser/).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'node_modules/**'],
          environment: 'node',
          // A file's first extraction loads the NLP model (1–4 s on a loaded 2-core machine).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['test/browser/global-setup.ts'],
        },
      },
    ],
  },
});
