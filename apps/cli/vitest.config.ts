// Two projects: `unit` runs commands in-process on a fake IO and a fake API
// (no server, no child process, a few seconds); `e2e` spawns the built binary
// against the simulator and the Prism mock. `pnpm test` runs both;
// `pnpm test:unit` and `pnpm test:e2e` run one.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
