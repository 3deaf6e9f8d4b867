import { defineConfig } from 'vitest/config';

// End-to-end tests: the built renderer (dist/renderer) served over http and driven in Debian's
// Chromium through playwright-core. `npm run test:e2e` builds first.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
