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
