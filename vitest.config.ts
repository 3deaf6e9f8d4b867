import { defineConfig } from 'vitest/config';

// Unit tests live next to their code. Dexie tests run against fake-indexeddb (loaded in the
// setup file), never a mock of Dexie itself.
export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'cli/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['./test/setup.ts'],
    testTimeout: 20_000,
  },
});
