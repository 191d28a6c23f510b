import { defineConfig } from 'vitest/config';

// The tests run the real Redocly CLI, git and the gate's scripts as child
// processes, about a second each; edits of one file run concurrently.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxConcurrency: 4,
  },
});
