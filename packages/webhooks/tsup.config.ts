import { defineConfig } from 'tsup';

// One entry per way in: the core (Web Crypto only, runs on the edge), the
// adapters, and the signing helpers for tests and simulators. Each is its own
// file, so an app bundles only the adapter it imports.
export default defineConfig({
  entry: ['src/index.ts', 'src/web.ts', 'src/node.ts', 'src/express.ts', 'src/fastify.ts', 'src/testing.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  // Shared code (the error classes above all) in chunks, for CommonJS too: a
  // copy per entry would make \`instanceof WebhookVerificationError\` fail for an
  // error thrown by an adapter and caught with the class of the main entry.
  splitting: true,
});
