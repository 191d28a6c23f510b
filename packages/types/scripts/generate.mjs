// Generates src/openapi.gen.ts from the bundled @hl-orders/spec with openapi-typescript.
// The generator is always re-run from scratch; customisation lives in the options
// below, never in the output. `--check` regenerates in memory and fails when the
// committed file differs, so CI catches a spec edit without `pnpm generate`.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const require = createRequire(import.meta.url);
const specPath = require.resolve('@hl-orders/spec/openapi.json');
const outPath = fileURLToPath(new URL('../src/openapi.gen.ts', import.meta.url));
const { version } = require('openapi-typescript/package.json');

const header = `/**
 * GENERATED FILE: DO NOT EDIT.
 * Source: @hl-orders/spec (spec/openapi.yaml, bundled to dist/openapi.json)
 * Generator: openapi-typescript ${version} via packages/types/scripts/generate.mjs
 * Regenerate with \`pnpm generate\` after editing the spec.
 */

`;

const ast = await openapiTS(pathToFileURL(specPath), {
  // Runtime arrays of each enum's values, so the client validates input
  // against the contract instead of a hand-copied list.
  enumValues: true,
  // The client always sends Version and Authorization itself.
  alphabetize: false,
});
const fresh = header + astToString(ast);

if (process.argv.includes('--check')) {
  const committed = await readFile(outPath, 'utf8').catch(() => '');
  if (committed !== fresh) {
    console.error(
      'packages/types/src/openapi.gen.ts is out of date with spec/openapi.yaml.\n' +
        'Run `pnpm generate` and commit the result (never edit the generated file by hand).',
    );
    process.exit(1);
  }
  console.log('openapi.gen.ts is in sync with the spec.');
} else {
  await writeFile(outPath, fresh);
  console.log(`wrote ${outPath}`);
}
