// The shape of the per-operation facts that scripts/generate.mjs extracts from
// the spec into operations.gen.ts. Hand-written because it describes the
// generator's output, not the contract: the contract lives in the spec.

/** The JSON-Schema subset that input checks understand, as the generator emits it. */
export interface SchemaRule {
  readonly type?: string | readonly string[];
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly default?: unknown;
  readonly properties?: { readonly [key: string]: SchemaRule };
  readonly required?: readonly string[];
  readonly additionalProperties?: false;
  readonly items?: SchemaRule;
}

/** A path or query parameter: whether it must be given, and its rule. */
export interface ParameterRule {
  readonly required: boolean;
  readonly schema: SchemaRule;
}

/**
 * Where a response may carry numbers and booleans as strings: `n` a number,
 * `b` a boolean, `o` an object that may arrive as a JS-literal string, or the
 * fields and items that lead to them.
 */
export type Coercion =
  | 'n'
  | 'b'
  | 'o'
  | { readonly fields: { readonly [key: string]: Coercion } }
  | { readonly items: Coercion };

/** Everything a client or a simulator needs to know about one operation. */
export interface OperationFacts {
  /** The spec's operationId. */
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path template, e.g. `/payments/orders/{orderId}`. */
  readonly path: string;
  readonly pathParams: { readonly [name: string]: ParameterRule };
  readonly query: { readonly [name: string]: ParameterRule };
  /** The JSON request body's rule, for operations that take one. */
  readonly body?: SchemaRule;
  /** OAuth scopes the token needs. */
  readonly scopes: readonly string[];
  /**
   * `safe`: repeating the request is harmless (a read). `unsafe-after-send`:
   * a repeat may apply it twice, so it is retried only when it provably never
   * reached the server (or was refused with a 429).
   */
  readonly retry: 'safe' | 'unsafe-after-send';
  /** How the operation pages, when it does (`offset`: limit/offset, `data` and `totalCount`). */
  readonly pagination?: 'offset';
  /** The success answer: what to coerce, what it must have, and whether its schema is documented or inferred. */
  readonly response?: {
    readonly coerce?: Coercion;
    readonly required: readonly string[];
    /** `false` when the vendor documents no schema: the client does not reject a different body. */
    readonly strict: boolean;
  };
}
