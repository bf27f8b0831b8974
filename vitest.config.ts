// Node unit tests: the engine and everything else that runs without a browser.
// The browser end-to-end tests have their own config: vitest.e2e.config.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts', 'tools/**/*.test.ts'],
    exclude: ['tests/e2e/**', '**/node_modules/**', 'dist/**'],
    environment: 'node',
    // The engines of earlier versions, loaded first (as the pages load them before reading a code).
    setupFiles: ['tests/support/engines.ts', 'tests/support/fast-check.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/vitest-unit.json' },
  },
});
