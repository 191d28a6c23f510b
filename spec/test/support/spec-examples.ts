// Every example of the spec, with the schema it must be valid against, and a
// validator stricter than Redocly's: an object schema that does not say
// `additionalProperties` admits no other property, also when it is composed
// with `allOf` (Redocly checks composed schemas leniently, so a misspelt key in
// the example of `OrderDetail` would pass its lint).
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FormatsPlugin } from 'ajv-formats';
import * as addFormatsModule from 'ajv-formats';

type Node = Record<string, unknown>;

/** One example and where it is. */
export interface SpecExample {
  /** JSON-pointer-like path of the example in the spec, for messages. */
  readonly at: string;
  readonly value: unknown;
  readonly schema: unknown;
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Follows local `$ref`s (`#/...`) through the document. */
function resolve(doc: Node, value: unknown): unknown {
  let node = value;
  for (let hops = 0; isNode(node) && typeof node.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref cycle at ${node.$ref}`);
    node = node.$ref
      .slice(2)
      .split('/')
      .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>((at, key) => (isNode(at) ? at[key] : undefined), doc);
    if (node === undefined) throw new Error('unresolved $ref');
  }
  return node;
}

/**
 * The schema with every `$ref` inlined and every `allOf` merged into one object
 * schema, closed (`additionalProperties: false`) unless it, or one part of the
 * `allOf`, says otherwise. The spec has no recursive schema, so inlining ends.
 */
export function strictSchema(doc: Node, value: unknown): unknown {
  const node = resolve(doc, value);
  if (!isNode(node)) return node;
  if (Array.isArray(node.allOf)) {
    const parts = node.allOf.map((part) => strictSchema(doc, part) as Node);
    const open = parts.some((part) => part.additionalProperties !== false);
    return {
      type: 'object',
      properties: Object.assign({}, ...parts.map((part) => part.properties ?? {})),
      required: [...new Set(parts.flatMap((part) => (part.required as string[] | undefined) ?? []))],
      additionalProperties: open,
    };
  }
  const out: Node = {};
  for (const [key, child] of Object.entries(node)) {
    if (key === 'examples' || key === 'example' || key === 'description') continue;
    if (key === 'properties' && isNode(child)) {
      out.properties = Object.fromEntries(Object.entries(child).map(([name, p]) => [name, strictSchema(doc, p)]));
    } else if (key === 'items' || key === 'additionalProperties') {
      out[key] = isNode(child) ? strictSchema(doc, child) : child;
    } else if ((key === 'oneOf' || key === 'anyOf') && Array.isArray(child)) {
      out[key] = child.map((part) => strictSchema(doc, part));
    } else {
      out[key] = child;
    }
  }
  const isObject = out.type === 'object' || out.properties !== undefined;
  if (isObject && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

/** Examples of a parameter, header or media type (`example`, or `examples.*.value`). */
function examplesOf(doc: Node, holder: Node, at: string, schema: unknown): SpecExample[] {
  const found: SpecExample[] = [];
  if ('example' in holder) found.push({ at: `${at}/example`, value: holder.example, schema });
  if (isNode(holder.examples)) {
    for (const [name, example] of Object.entries(holder.examples)) {
      const resolved = resolve(doc, example);
      if (isNode(resolved) && 'value' in resolved) {
        found.push({ at: `${at}/examples/${name}`, value: resolved.value, schema });
      }
    }
  }
  return found;
}

/** `examples` of every schema node, however deep, below `value`. */
function schemaExamples(value: unknown, at: string): SpecExample[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => schemaExamples(item, `${at}/${index}`));
  if (!isNode(value)) return [];
  const found: SpecExample[] = [];
  // A schema's `examples` is a list of values; a media type's is a map (collected elsewhere).
  if (Array.isArray(value.examples) && !('$ref' in value)) {
    value.examples.forEach((example, index) => {
      found.push({ at: `${at}/examples/${index}`, value: example, schema: value });
    });
  }
  for (const [key, child] of Object.entries(value)) {
    if (key !== 'examples') found.push(...schemaExamples(child, `${at}/${key}`));
  }
  return found;
}

/** Every example of the document: parameters, headers, request and response bodies (of operations and webhooks), schemas. */
export function collectExamples(doc: Node): SpecExample[] {
  const found: SpecExample[] = [];
  const parameters = (list: unknown, at: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((parameter, index) => {
      // A `$ref` is checked once, where it points: components.parameters.
      if (isNode(parameter) && !('$ref' in parameter)) {
        found.push(...examplesOf(doc, parameter, `${at}/${index}`, parameter.schema));
      }
    });
  };
  const content = (holder: unknown, at: string) => {
    const resolved = resolve(doc, holder);
    if (!isNode(resolved)) return;
    if (isNode(resolved.headers)) {
      for (const [name, header] of Object.entries(resolved.headers)) {
        const h = resolve(doc, header);
        if (isNode(h)) found.push(...examplesOf(doc, h, `${at}/headers/${name}`, h.schema));
      }
    }
    if (!isNode(resolved.content)) return;
    for (const [type, media] of Object.entries(resolved.content)) {
      if (isNode(media)) found.push(...examplesOf(doc, media, `${at}/content/${type}`, media.schema));
    }
  };
  // Webhooks (OpenAPI 3.1) are path items too: their bodies, headers and
  // responses are checked like an operation's.
  const pathItems = [
    ...Object.entries((doc.paths as Node | undefined) ?? {}).map(([key, item]) => [`#/paths/${key}`, item] as const),
    ...Object.entries((doc.webhooks as Node | undefined) ?? {}).map(
      ([key, item]) => [`#/webhooks/${key}`, item] as const,
    ),
  ];
  for (const [where, item] of pathItems) {
    if (!isNode(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      if (!isNode(operation)) continue;
      const at = `${where}/${method}`;
      parameters(operation.parameters, `${at}/parameters`);
      if (operation.requestBody) content(operation.requestBody, `${at}/requestBody`);
      for (const [status, response] of Object.entries((operation.responses as Node | undefined) ?? {})) {
        content(response, `${at}/responses/${status}`);
      }
    }
  }
  const components = (doc.components as Node | undefined) ?? {};
  for (const [name, parameter] of Object.entries((components.parameters as Node | undefined) ?? {})) {
    if (isNode(parameter))
      found.push(...examplesOf(doc, parameter, `#/components/parameters/${name}`, parameter.schema));
  }
  found.push(...schemaExamples(components.schemas, '#/components/schemas'));
  return found;
}

// ajv-formats is CommonJS; from ESM its plugin is the namespace's `default`.
const addFormats = (addFormatsModule as unknown as { default: FormatsPlugin }).default;

/** Problems of each example that is not valid against its strict schema; empty when all are. */
export function invalidExamples(doc: Node, examples: readonly SpecExample[]): string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const problems: string[] = [];
  for (const example of examples) {
    const validate = ajv.compile(strictSchema(doc, example.schema) as object);
    if (!validate(example.value)) {
      problems.push(`${example.at}: ${ajv.errorsText(validate.errors, { dataVar: 'example' })}`);
    }
  }
  return problems;
}
