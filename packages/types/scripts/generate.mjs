// Generates, from the bundled @hl-orders/spec:
// - src/openapi.gen.ts: the types, by openapi-typescript;
// - src/contract.gen.ts: the parameter constraints and property types the client
//   checks input and normalises responses with, so they follow the spec too;
// - src/operations.gen.ts: the facts of every operation (method, path, the
//   constraints of its parameters and body, scope, paging, whether a retry is
//   safe, what to coerce in its answer), one export per operation so that a
//   bundle holds only the operations it uses. The client and the simulator
//   both read them; neither parses the spec at run time.
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
  // Keep the spec's order of properties and parameters: it is the order users
  // read in the docs, and the declarations diff the way the spec does.
  alphabetize: false,
});
const spec = JSON.parse(await readFile(specPath, 'utf8'));
const outputs = {
  'openapi.gen.ts': header(`openapi-typescript ${version}`) + astToString(ast),
  'contract.gen.ts': header('the contract extractor') + contractModule(spec),
  'operations.gen.ts': header('the contract extractor') + operationsModule(spec),
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

/** A schema with `$ref`s and `allOf`s resolved into one object schema. */
function flatten(schema) {
  const s = deref(schema);
  if (!s.allOf) return s;
  const parts = s.allOf.map(flatten);
  const merged = { ...s, type: 'object', properties: {}, required: [] };
  delete merged.allOf;
  for (const part of parts) {
    Object.assign(merged.properties, part.properties);
    merged.required.push(...(part.required ?? []));
    if (part.additionalProperties === false) merged.additionalProperties = false;
  }
  return merged;
}

/**
 * The JSON-Schema subset the client's input checks understand, recursively:
 * types, required keys, closed objects, enums, bounds, lengths, patterns, items.
 */
function rule(schema) {
  const s = flatten(schema);
  const out = {};
  for (const key of [
    'type',
    'format',
    'enum',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'minLength',
    'maxLength',
    'pattern',
    'minItems',
    'maxItems',
    'default',
  ]) {
    if (s[key] !== undefined) out[key] = s[key];
  }
  if (s.properties) {
    out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, rule(v)]));
    if (s.required?.length) out.required = s.required;
    if (s.additionalProperties === false) out.additionalProperties = false;
  }
  if (s.items) out.items = rule(s.items);
  return out;
}

/**
 * Where a response may carry numbers and booleans as strings (the vendor's
 * own examples do): the non-string leaves, with the objects and arrays that
 * lead to them. Strings need nothing, so they are left out to keep it small.
 * `n` number, `b` boolean, `o` an object that may come as a JS-literal string.
 */
function coercions(schema, seen = new Set()) {
  const s = flatten(schema);
  if (seen.has(s)) return undefined;
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (type === 'number' || type === 'integer') return 'n';
  if (type === 'boolean') return 'b';
  if (type === 'array' && s.items) {
    const inner = coercions(s.items, new Set([...seen, s]));
    return inner === undefined ? undefined : { items: inner };
  }
  if (s.properties) {
    const fields = {};
    for (const [key, value] of Object.entries(s.properties)) {
      const inner = coercions(value, new Set([...seen, s]));
      if (inner !== undefined) fields[key] = inner;
    }
    // An object with named properties but nothing to coerce inside may still
    // arrive as a literal string (the vendor shows sourceMeta that way).
    return Object.keys(fields).length ? { fields } : 'o';
  }
  return undefined;
}

/** camelCase of an operationId, e.g. `get-order-by-id` → `getOrderById`. */
function camel(id) {
  return id.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}

function operationsModule(doc) {
  const json = (value) => JSON.stringify(value, null, 2);
  let out = `import type { OperationFacts } from './operation-facts.js';

`;
  const ids = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!op?.operationId) continue;
      const params = (op.parameters ?? []).map(deref);
      const group = (where) =>
        Object.fromEntries(
          params
            .filter((p) => p.in === where)
            .map((p) => [p.name, { required: Boolean(p.required), schema: rule(p.schema) }]),
        );
      const scopes = (op.security ?? doc.security ?? []).flatMap((req) => Object.values(req).flat());
      const okStatus = Object.keys(op.responses).find((code) => /^2\d\d$/.test(code));
      const okSchema = okStatus && op.responses[okStatus].content?.['application/json']?.schema;
      const facts = {
        id: op.operationId,
        method: method.toUpperCase(),
        path,
        pathParams: group('path'),
        query: group('query'),
        ...(op.requestBody ? { body: rule(op.requestBody.content['application/json'].schema) } : {}),
        scopes,
        retry: op['x-hl-retry'] ?? (method === 'get' ? 'safe' : 'unsafe-after-send'),
        ...(op['x-hl-pagination'] ? { pagination: op['x-hl-pagination'] } : {}),
        ...(okSchema
          ? {
              response: {
                ...(coercions(okSchema) === undefined ? {} : { coerce: coercions(okSchema) }),
                required: flatten(okSchema).required ?? [],
                strict: op['x-hl-response-schema'] !== 'inferred',
              },
            }
          : {}),
      };
      const name = `${camel(op.operationId)}Operation`;
      ids.push(name);
      out += `/** \`${method.toUpperCase()} ${path}\` (${op.operationId}): ${op.summary}. */
export const ${name} = ${json(facts)} as const satisfies OperationFacts;

`;
    }
  }
  return out;
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
