// The one request pipeline of every operation, driven by the operation's facts
// generated from the spec: check the input, fill the path, send with pacing,
// deadline and size cap (request.ts), turn the answer into data or a typed
// error (response.ts), coerce, check the contract, retry what is safe, redact.
// Writes add their own body checks and retry rule (write.ts), so that a bundle
// that only reads holds neither.
import type { OperationFacts } from '@hl-orders/types';
import type { CoreClient } from '../core.js';
import { coerce } from '../normalize.js';
import { checkBytes, checkCount, checkTimeout } from '../options.js';
import { checkParams, invalid } from '../validate.js';
import { redactError } from './redact-error.js';
import { attempt, type Call } from './request.js';
import { contractError, errorFromResponse, interpret, jsonBody } from './response.js';
import { type RetryHint, retryHint, withRetries } from './retry.js';

/** Per-call options. */
export interface RequestOptions {
  /** Cancels the request (and any wait before a retry); the call rejects with `APIUserAbortError`. */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms, the rate-limit wait included. Default: the client's `timeout` (30000). */
  timeout?: number;
  /** Retries for this call. Default: the client's `maxRetries` (2). Writes are retried only when that is safe. */
  maxRetries?: number;
  /** The largest response body to read, in bytes. Default: the client's `maxResponseBytes` (8 MiB). */
  maxResponseBytes?: number;
}

export interface OperationInput {
  path?: object;
  query?: object;
  /** The body, already checked (see write.ts). */
  body?: unknown;
}

/** What a write adds to the pipeline: its rule for retries, and what to say when it fails. */
export interface WritePolicy {
  hint: (error: unknown) => RetryHint | undefined;
  onFailure: (error: unknown) => void;
}

const hasId = (order: unknown) =>
  Boolean(order) &&
  typeof order === 'object' &&
  typeof (order as { _id?: unknown })._id === 'string' &&
  (order as { _id: string })._id !== '';

/** Why an answer breaks the contract, or undefined when it keeps it. */
function contractProblem(op: OperationFacts, body: unknown): string | undefined {
  const response = op.response;
  if (!response?.strict) return undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'a body that is not a JSON object';
  for (const key of response.required) {
    if ((body as Record<string, unknown>)[key] === undefined) return `a body without \`${key}\``;
  }
  if (op.pagination) {
    const { data } = body as { data?: unknown };
    if (!Array.isArray(data)) return 'a body without a `data` array';
    const bad = data.findIndex((order) => !hasId(order));
    if (bad >= 0) return `an order without an \`_id\` (index ${bad} of \`data\`)`;
  } else if (response.required.includes('_id') && !hasId(body)) {
    return 'an order without an `_id`';
  }
  return undefined;
}

/** The call as it will be sent, or a ValidationError: nothing is sent before the input passes. */
function prepare(core: CoreClient, op: OperationFacts, input: OperationInput): Call {
  const altType = core.settings.altType;
  const path = checkParams('path', input.path, op.pathParams);
  let query = input.query as Record<string, unknown> | undefined;
  // altType is sent unless the caller set it or turned it off (see the spec for why).
  if (op.query.altType && altType !== null && query?.altType === undefined) query = { ...query, altType };
  return {
    method: op.method,
    path: op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = String(path[name]);
      // URLs resolve these even encoded (%2E): /orders/.. would be another path.
      if (value === '.' || value === '..') throw invalid(name, value, 'is not an id (it would change the path)');
      return encodeURIComponent(value);
    }),
    query: checkParams('query', query, op.query),
    body: input.body,
  };
}

/** Runs one operation: the pipeline every operation shares. Resolves to the (coerced) JSON answer. */
export async function callOperation<T>(
  core: CoreClient,
  op: OperationFacts,
  input: OperationInput,
  opts: RequestOptions = {},
  write?: WritePolicy,
): Promise<T> {
  const { settings, transport } = core;
  const { redact } = transport;
  try {
    const call = prepare(core, op, input);
    const timeout = checkTimeout(opts.timeout, settings.timeout);
    const maxResponseBytes = checkBytes(opts.maxResponseBytes, settings.maxResponseBytes);
    try {
      return await withRetries(
        async () => {
          const answer = await attempt(transport, call, { signal: opts.signal, timeout, maxResponseBytes });
          const info = interpret(answer);
          settings.rateLimiter?.update(info.rateLimit, answer.status);
          if (answer.status < 200 || answer.status >= 300) throw errorFromResponse(answer, info, redact, op.scopes);
          let body = jsonBody(answer, info, redact);
          if (settings.normalize) body = coerce(body, op.response?.coerce);
          const problem = contractProblem(op, body);
          if (problem) throw contractError(answer, info, problem);
          return body as T;
        },
        {
          maxRetries: checkCount('maxRetries', opts.maxRetries, settings.maxRetries),
          maxWaitMs: settings.maxWait,
          signal: opts.signal,
          onRetry: settings.onRetry,
          prepare: (error) => redactError(error, redact),
          hint: write?.hint ?? retryHint,
        },
      );
    } catch (error) {
      write?.onFailure(error);
      throw error;
    }
  } catch (error) {
    throw redactError(error, redact);
  }
}
