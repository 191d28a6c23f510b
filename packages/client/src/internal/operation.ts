// The one request pipeline of every operation, driven by the operation's facts
// generated from the spec: check the input, fill the path, send with pacing,
// deadline and size cap (request.ts), turn the answer into data or a typed
// error (response.ts), coerce, check the contract, retry what is safe, redact.
//
// Writes are the exception to retrying: the API has no idempotency keys, so a
// write that may have reached the server (a timeout, a reset after sending, a
// 5xx) is never repeated: a second payment could be recorded. Only a 429 (not
// processed) or a connection that provably never carried the request is retried.
import type { OperationFacts } from '@hl-orders/types';
import type { CoreClient } from '../core.js';
import { APIConnectionError, APIError, HlOrdersError, InvalidResponseError, RateLimitError } from '../errors.js';
import { coerce } from '../normalize.js';
import { checkBytes, checkCount, checkTimeout } from '../options.js';
import { checkBody, checkParams } from '../validate.js';
import { redactError } from './redact-error.js';
import { attempt, type Call, neverSent } from './request.js';
import { contractError, errorFromResponse, interpret, jsonBody } from './response.js';
import { retryHint, withRetries } from './retry.js';

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
  body?: unknown;
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
  let query: Record<string, unknown> | undefined = input.query as Record<string, unknown> | undefined;
  // altType is sent unless the caller set it or turned it off (see the spec for why).
  if (op.query.altType && altType !== null && query?.altType === undefined) query = { ...query, altType };
  query = checkParams('query', query, op.query);
  let body = input.body;
  if (op.body) {
    if (op.body.properties?.altType && altType !== null && body && typeof body === 'object' && !('altType' in body)) {
      body = { ...body, altType };
    }
    body = checkBody(body, op.body);
  }
  return {
    method: op.method,
    path: op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(path[name]))),
    query,
    body,
  };
}

/** Whether a failed write provably was not applied, so that sending it again is safe. */
function notApplied(error: unknown): boolean {
  // A 429 was not processed; the rest never left this machine.
  return error instanceof RateLimitError || (typeof error === 'object' && error !== null && neverSent.has(error));
}

/** Says plainly, on a write's error, whether the write may have happened and how to check. */
function writeOutcome(error: unknown, op: OperationFacts): void {
  if (!(error instanceof HlOrdersError) || notApplied(error)) return;
  const applied = error instanceof InvalidResponseError && error.status >= 200 && error.status < 300;
  const unknown = applied || error instanceof APIConnectionError || (error instanceof APIError && error.status >= 500);
  if (!unknown) return;
  error.writeOutcome = applied ? 'applied' : 'unknown';
  error.message += applied
    ? ` The ${op.id} request was applied (the API answered ${(error as APIError).status}), but its answer could not be read: get the order to see the result; do not send it again.`
    : ` The ${op.id} request may have been applied: it reached the API, or may have, before this failure. It was not retried, because the API has no idempotency keys and a repeat could apply it twice. Get the order (client.orders.get) to check before sending it again.`;
}

/** Runs one operation: the pipeline every operation shares. Resolves to the (coerced) JSON answer. */
export async function callOperation<T>(
  core: CoreClient,
  op: OperationFacts,
  input: OperationInput,
  opts: RequestOptions = {},
): Promise<T> {
  const { settings, transport } = core;
  const { redact } = transport;
  try {
    const call = prepare(core, op, input);
    const timeout = checkTimeout(opts.timeout, settings.timeout);
    const maxResponseBytes = checkBytes(opts.maxResponseBytes, settings.maxResponseBytes);
    const write = op.retry !== 'safe';
    try {
      return await withRetries(
        async () => {
          const answer = await attempt(transport, call, { signal: opts.signal, timeout, maxResponseBytes });
          const info = interpret(answer);
          settings.rateLimiter?.update(info.rateLimit, answer.status);
          if (answer.status < 200 || answer.status >= 300) throw errorFromResponse(answer, info, redact);
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
          hint: write ? (error) => (notApplied(error) ? retryHint(error) : undefined) : retryHint,
        },
      );
    } catch (error) {
      if (write) writeOutcome(error, op);
      throw error;
    }
  } catch (error) {
    throw redactError(error, redact);
  }
}
