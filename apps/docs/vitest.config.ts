import { defineConfig } from 'vitest/config';

// One browser for the whole file: the crawl of every page runs once, in
// beforeAll, and the checks read what it found.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
