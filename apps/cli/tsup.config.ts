import { defineConfig } from 'tsup';

// One file with everything the CLI runs on, so that `npx @hl-orders/cli`
// installs almost nothing: the client, the types, commander and picocolors are
// bundled in. Only the simulator stays a dependency: it is loaded for --mock
// alone, and bundling fastify and faker would make every start slower.
export default defineConfig({
  entry: ['src/cli.ts'],
  format: ['esm'],
  clean: true,
  sourcemap: true,
  target: 'node20',
  noExternal: ['@hl-orders/client', '@hl-orders/types', 'commander', 'picocolors'],
  external: ['@hl-orders/simulator'],
  // commander is CommonJS: inside an ES module bundle its require() calls of
  // Node's built-ins need a real require.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  minify: true,
});
