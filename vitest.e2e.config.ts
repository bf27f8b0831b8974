// Browser end-to-end tests: they play the built game (dist/) in headless Chromium.
// Run after `vite build`: `npm run test:e2e`. One file at a time, one test at a time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    // The engines of earlier versions, loaded first (as the pages load them before reading a code).
    setupFiles: ['tests/support/engines.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { concurrent: false, shuffle: false },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/vitest-e2e.json' },
  },
});
