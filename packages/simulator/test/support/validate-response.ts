// Checks an HTTP answer against the bundled spec: the status must be one the
// operation documents, a JSON body must validate against that status's schema
// (Ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses), and the headers the response
// object lists must be well-formed; the X-RateLimit-* headers must be present
// on 200 and 429. Reusable by any package's tests: it knows nothing of the
// simulator.
import { createRequire } from 'node:module';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { FormatsPlugin } from 'ajv-formats';
import * as addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);

/** An answer read in full: what the checks need. */
export interface CapturedResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

interface HeaderObject {
  $ref?: string;
  schema?: { type?: string; minimum?: number; minLength?: number };
}
interface ResponseObject {
  $ref?: string;
  headers?: Record<string, HeaderObject>;
  content?: Record<string, { schema?: unknown }>;
}
interface Spec {
  paths: Record<string, Record<string, { responses: Record<string, ResponseObject> }>>;
}

const SPEC_ID = 'openapi.json';
const RATE_LIMIT_HEADERS = [
  'X-RateLimit-Limit-Daily',
  'X-RateLimit-Daily-Remaining',
  'X-RateLimit-Interval-Milliseconds',
  'X-RateLimit-Max',
  'X-RateLimit-Remaining',
];

/** The bundled spec, as `require.resolve('@hl-orders/spec/openapi.json')` finds it. */
export const spec = require(require.resolve('@hl-orders/spec/openapi.json')) as Spec;

// ajv-formats is CommonJS; from ESM its plugin is the namespace's `default`.
const addFormats = (addFormatsModule as unknown as { default: FormatsPlugin }).default;
// strict: false because the document also holds OpenAPI keys (paths, examples)
// that are not JSON Schema keywords; only the schemas inside it are compiled.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec, SPEC_ID);

const pointer = (path: readonly string[]) =>
  `#/${path.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;

function resolve<T extends { $ref?: string }>(value: T): { node: T; path: string[] } {
  let node = value;
  let path: string[] = [];
  while (node.$ref) {
    path = node.$ref.replace(/^#\//, '').split('/');
    node = path.reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], spec) as T;
  }
  return { node, path };
}

const validators = new Map<string, ValidateFunction>();
function validatorAt(path: readonly string[]): ValidateFunction {
  const id = `${SPEC_ID}${pointer(path)}`;
  let validate = validators.get(id);
  if (!validate) {
    validate = ajv.getSchema(id);
    if (!validate) throw new Error(`no schema at ${id}`);
    validators.set(id, validate);
  }
  return validate;
}

/** Every way the answer departs from the spec's description of `method path`; empty when it conforms. */
export function responseProblems(answer: CapturedResponse, path = '/payments/orders', method = 'get'): string[] {
  const problems: string[] = [];
  const responses = spec.paths[path]?.[method]?.responses;
  if (!responses) return [`the spec has no ${method.toUpperCase()} ${path}`];
  const documented = responses[String(answer.status)];
  if (!documented) return [`status ${answer.status} is not documented for ${method.toUpperCase()} ${path}`];

  const start = ['paths', path, method, 'responses', String(answer.status)];
  const { node: response, path: responsePath } = resolve(documented);
  const base = responsePath.length > 0 ? responsePath : start;

  const json = response.content?.['application/json'];
  if (json) {
    const type = answer.headers.get('content-type') ?? '';
    if (!type.startsWith('application/json')) problems.push(`content-type is "${type}", not application/json`);
    let body: unknown;
    try {
      body = JSON.parse(answer.text);
    } catch {
      problems.push(`body is not JSON: ${answer.text.slice(0, 80)}`);
    }
    if (body !== undefined) {
      const validate = validatorAt([...base, 'content', 'application/json', 'schema']);
      if (!validate(body)) {
        for (const error of validate.errors ?? []) problems.push(`body${error.instancePath} ${error.message}`);
      }
    }
  }

  for (const [name, declared] of Object.entries(response.headers ?? {})) {
    const value = answer.headers.get(name);
    if (value === null) {
      if ((answer.status === 200 || answer.status === 429) && RATE_LIMIT_HEADERS.includes(name)) {
        problems.push(`header ${name} is missing`);
      }
      continue;
    }
    const schema = resolve(declared).node.schema ?? {};
    if (schema.type === 'integer') {
      if (!/^\d+$/.test(value)) problems.push(`header ${name}: "${value}" is not an integer`);
      else if (schema.minimum !== undefined && Number(value) < schema.minimum) {
        problems.push(`header ${name}: ${value} is less than ${schema.minimum}`);
      }
    } else if (schema.minLength !== undefined && value.length < schema.minLength) {
      problems.push(`header ${name} is empty`);
    }
  }
  return problems;
}

/** Throws, listing the problems, unless the answer conforms to the spec. */
export function assertMatchesSpec(answer: CapturedResponse, path?: string, method?: string): void {
  const problems = responseProblems(answer, path, method);
  if (problems.length > 0) {
    throw new Error(
      `${answer.status} answer departs from the spec:\n- ${problems.join('\n- ')}\n${answer.text.slice(0, 300)}`,
    );
  }
}

/** Problems of a value against one of the spec's component schemas, e.g. `Order`. */
export function schemaProblems(name: string, value: unknown): string[] {
  const validate = validatorAt(['components', 'schemas', name]);
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}
