// Generates, from the bundled @hl-orders/spec:
// - src/openapi.gen.ts: the types, by openapi-typescript;
// - src/contract.gen.ts: the parameter constraints and property types the client
//   checks input and normalises responses with, so they follow the spec too.
// Both are always re-run from scratch; customisation lives in the options below,
// never in the output. `--check` regenerates in memory and fails when a committed
// file differs, so CI catches a spec edit made without `pnpm generate`.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const require = createRequire(import.meta.url);
const specPath = require.resolve('@hl-orders/spec/openapi.json');
const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
const { version } = require('openapi-typescript/package.json');

const header = (generator) => `/**
 * GENERATED FILE: DO NOT EDIT.
 * Source: @hl-orders/spec (spec/openapi.yaml, bundled to dist/openapi.json)
 * Generator: ${generator} via packages/types/scripts/generate.mjs
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
const spec = JSON.parse(await readFile(specPath, 'utf8'));
const outputs = {
  'openapi.gen.ts': header(`openapi-typescript ${version}`) + astToString(ast),
  'contract.gen.ts': header('the contract extractor') + contractModule(spec),
};

/** Resolves a local `#/...` reference of the bundled spec. */
function deref(node) {
  if (!node?.$ref) return node;
  return deref(
    node.$ref
      .slice(2)
      .split('/')
      .reduce((at, key) => at[key], spec),
  );
}

/** The JSON-Schema keywords the client's input checks understand. */
function constraint(schema, required) {
  const s = deref(schema);
  const picked = { required };
  for (const key of ['type', 'format', 'enum', 'minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'default']) {
    if (s[key] !== undefined) picked[key] = s[key];
  }
  return picked;
}

function contractModule(doc) {
  const op = doc.paths['/payments/orders'].get;
  const params = op.parameters.map(deref);
  const query = Object.fromEntries(
    params.filter((p) => p.in === 'query').map((p) => [p.name, constraint(p.schema, Boolean(p.required))]),
  );
  const propertyTypes = (name) =>
    Object.fromEntries(
      Object.entries(deref(doc.components.schemas[name]).properties).map(([key, prop]) => [key, deref(prop).type]),
    );
  const json = (value) => JSON.stringify(value, null, 2);
  return `/** Constraints of each query parameter of \`GET /payments/orders\`, from the spec. */
export const listOrdersQueryConstraints = ${json(query)} as const;

/** JSON type of each property of \`Order\`, from the spec. */
export const orderPropertyTypes = ${json(propertyTypes('Order'))} as const;

/** JSON type of each property of \`ListOrdersResponse\`, from the spec. */
export const listOrdersResponsePropertyTypes = ${json(propertyTypes('ListOrdersResponse'))} as const;
`;
}

if (process.argv.includes('--check')) {
  const stale = [];
  for (const [name, fresh] of Object.entries(outputs)) {
    const committed = await readFile(srcDir + name, 'utf8').catch(() => '');
    if (committed !== fresh) stale.push(`packages/types/src/${name}`);
  }
  if (stale.length) {
    console.error(
      `${stale.join(' and ')} ${stale.length > 1 ? 'are' : 'is'} out of date with spec/openapi.yaml.\n` +
        'Run `pnpm generate` and commit the result (never edit a generated file by hand).',
    );
    process.exit(1);
  }
  console.log('Generated files are in sync with the spec.');
} else {
  for (const [name, fresh] of Object.entries(outputs)) {
    await writeFile(srcDir + name, fresh);
    console.log(`wrote packages/types/src/${name}`);
  }
}
