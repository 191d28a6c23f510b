import { defineConfig } from 'tsup';

// The library as ESM and CommonJS. `pnpm build` empties dist first, so tsup does not clean.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  target: 'node20',
  clean: false,
});
