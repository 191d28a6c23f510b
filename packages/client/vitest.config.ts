import { defineConfig } from 'vitest/config';

// Two projects: unit tests (injected fetch, local servers) run without any
// mock; the contract tests share one Prism mock of the spec.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/contract/**'],
          testTimeout: 60_000,
          typecheck: {
            enabled: true,
            include: ['test/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
        },
      },
      {
        test: {
          name: 'contract',
          include: ['test/contract/**/*.test.ts'],
          globalSetup: ['test/support/prism-global-setup.ts'],
          testTimeout: 20_000,
          hookTimeout: 150_000,
        },
      },
    ],
  },
});
