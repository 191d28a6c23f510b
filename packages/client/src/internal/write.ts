// Writes (recording a payment, creating a fulfillment) on the shared pipeline,
// with two differences: their body is checked against the spec's rule before
// anything is sent, and they are never retried once they may have reached the
// API. It has no idempotency keys, so a write that timed out, lost its
// connection after sending, or got a 5xx may have been applied: a second
// attempt could record the payment twice. Only a 429 (the API did not process
// it) or a connection that never opened is retried.
import type { OperationFacts } from '@hl-orders/types';
import type { CoreClient } from '../core.js';
import {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  HlOrdersError,
  InvalidResponseError,
  RateLimitError,
} from '../errors.js';
import { checkBody } from '../validate.js';
import { callOperation, type RequestOptions } from './operation.js';
import { redactError } from './redact-error.js';
import { neverSent, retryHint } from './retry.js';

/** Whether a failed write provably was not applied, so that sending it again is safe. */
function notApplied(error: unknown): boolean {
  // A 429 was not processed; the rest never left this machine.
  return error instanceof RateLimitError || (typeof error === 'object' && error !== null && neverSent.has(error));
}

/** Says plainly, on a write's error, whether the write may have happened and how to check. */
function describeOutcome(error: unknown, op: OperationFacts): void {
  if (!(error instanceof HlOrdersError) || notApplied(error)) return;
  const applied = error instanceof InvalidResponseError && error.status >= 200 && error.status < 300;
  // A timeout, a reset, a 5xx, or the caller cancelling once it was sent.
  const mayHave =
    error instanceof APIConnectionError ||
    error instanceof APIUserAbortError ||
    (error instanceof APIError && error.status >= 500);
  if (!applied && !mayHave) return;
  error.writeOutcome = applied ? 'applied' : 'unknown';
  error.message += applied
    ? ` The ${op.id} request was applied (the API answered ${(error as APIError).status}), but its answer could not be read: get the order to see the result; do not send it again.`
    : ` The ${op.id} request may have been applied: it reached the API, or may have, before this failure. It was not retried, because the API has no idempotency keys and a repeat could apply it twice. Get the order (client.orders.get) to check before sending it again.`;
}

/** Runs a write operation: its body checked (altType filled in), and retried only when that is safe. */
export function callWrite<T>(
  core: CoreClient,
  op: OperationFacts,
  input: { path: object; body: unknown },
  opts?: RequestOptions,
): Promise<T> {
  const altType = core.settings.altType;
  let body = input.body;
  try {
    if (
      op.body?.properties?.altType &&
      altType !== null &&
      body &&
      typeof body === 'object' &&
      !Array.isArray(body) &&
      !('altType' in body)
    ) {
      body = { ...body, altType };
    }
    if (op.body) body = checkBody(body, op.body);
  } catch (error) {
    return Promise.reject(redactError(error, core.transport.redact));
  }
  return callOperation<T>(core, op, { path: input.path, body }, opts, {
    hint: (error) => (notApplied(error) ? retryHint(error) : undefined),
    onFailure: (error) => describeOutcome(error, op),
  });
}
