// The rules of `GET /payments/orders` that the simulator enforces, read from the
// bundled @hl-orders/spec at run time rather than copied here, so that a change
// to the contract (a new enum value, a larger page size) reaches the simulator
// without anyone remembering to edit it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** One query parameter's constraints, as far as the simulator checks them. */
export interface QueryParamRule {
  readonly name: string;
  readonly required: boolean;
  readonly type: 'string' | 'integer' | 'number';
  readonly minLength?: number;
  readonly enum?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: number | string;
  /** `format: date` with the spec's `YYYY-MM-DD` pattern. */
  readonly date: boolean;
}

/** What the simulator takes from the spec. */
export interface ListOrdersContract {
  /** The values the `Version` header may take (the spec allows exactly one). */
  readonly versions: readonly string[];
  /** Query parameters in the spec's order, which is also the order of 422 messages. */
  readonly query: readonly QueryParamRule[];
}

interface SchemaLike {
  type?: string;
  minLength?: number;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  default?: number | string;
  format?: string;
  $ref?: string;
}
interface ParameterLike {
  name: string;
  in: string;
  required?: boolean;
  schema?: SchemaLike;
  $ref?: string;
}
interface SpecLike {
  paths: Record<string, { get?: { parameters?: ParameterLike[] } }>;
  components?: { parameters?: Record<string, ParameterLike>; schemas?: Record<string, SchemaLike> };
}

/** Path of the bundled JSON spec. */
export function bundledSpecJsonPath(): string {
  return require.resolve('@hl-orders/spec/openapi.json');
}

let cached: ListOrdersContract | undefined;

/** Reads (once) the rules of `GET /payments/orders` from the bundled spec. */
export function listOrdersContract(): ListOrdersContract {
  cached ??= readContract(JSON.parse(readFileSync(bundledSpecJsonPath(), 'utf8')) as SpecLike);
  return cached;
}

/** Extracts the rules from a parsed OpenAPI document (exported for tests). */
export function readContract(spec: SpecLike): ListOrdersContract {
  const deref = <T extends { $ref?: string }>(value: T): T => {
    let current: T = value;
    // Local refs only: the bundle is self-contained. Bounded to catch a cycle.
    for (let i = 0; current.$ref && i < 10; i++) {
      const path = current.$ref.replace(/^#\//, '').split('/');
      let node: unknown = spec;
      for (const key of path) node = (node as Record<string, unknown>)[key];
      if (!node) throw new Error(`@hl-orders/spec: unresolved $ref ${current.$ref}`);
      current = node as T;
    }
    return current;
  };
  const operation = spec.paths['/payments/orders']?.get;
  if (!operation?.parameters) throw new Error('@hl-orders/spec: GET /payments/orders has no parameters');
  const parameters = operation.parameters.map(deref);

  const versionParam = parameters.find((p) => p.in === 'header' && p.name.toLowerCase() === 'version');
  const versions = (versionParam?.schema && deref(versionParam.schema).enum?.map(String)) ?? [];
  if (versions.length === 0) throw new Error('@hl-orders/spec: the Version header has no allowed value');

  const query = parameters
    .filter((p) => p.in === 'query')
    .map((p): QueryParamRule => {
      const schema = deref(p.schema ?? {});
      return {
        name: p.name,
        required: p.required === true,
        type: schema.type === 'integer' || schema.type === 'number' ? schema.type : 'string',
        minLength: schema.minLength,
        enum: schema.enum?.map(String),
        minimum: schema.minimum,
        maximum: schema.maximum,
        default: schema.default,
        date: schema.format === 'date',
      };
    });
  return { versions, query };
}
