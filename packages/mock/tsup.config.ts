import { defineConfig } from 'tsup';

// Two builds: the library as ESM and CommonJS, the CLI as ESM only (it uses
// top-level await). `pnpm build` empties dist first, so neither cleans.
const common = { sourcemap: true, target: 'node20', clean: false } as const;

export default defineConfig([
  // import.meta.url in the CommonJS build needs the shim.
  { ...common, entry: ['src/index.ts'], format: ['esm', 'cjs'], dts: true, shims: true },
  { ...common, entry: ['src/cli.ts'], format: ['esm'] },
]);
