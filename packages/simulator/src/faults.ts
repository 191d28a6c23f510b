// Injectable faults: the ways the real API (or a proxy in front of it) lets a
// client down. Failures are queued and each one replaces the answer to a
// request that would otherwise have been a 200 (of any operation, or of the one
// it names), so a test can say "the next three pages fail" or "the next
// payment is recorded, then the connection resets" and know exactly which
// requests those are. Latency delays every answer after authentication, or
// only the next few.
import { OPERATIONS, type OperationId } from './operations.js';

/** Statuses a `status` failure may send: the 5xx the spec documents. */
export type FailureStatus = 500 | 502 | 503 | 504;

/** What every kind of failure may say about which requests take it. */
export interface FailureTarget {
  /** How many requests take it, one after the other. Default: `1`. */
  readonly count?: number;
  /** Only requests of this operation take it (e.g. `'record-order-payment'`). Default: any operation. */
  readonly operation?: OperationId;
  /**
   * For a write (record a payment, create a fulfillment): whether the change is
   * made before the failure is served. Default: `true`, the case a client
   * cannot tell from the answer. A truncated answer is always applied; reads
   * ignore it.
   */
  readonly applied?: boolean;
}

/**
 * One kind of failure, served to the next `count` requests that would have
 * been answered with a 200 (default `count`: 1).
 * - `status`: a JSON error body (`ErrorResponse`) with `status` (default 503),
 *   and `Retry-After: retryAfter` (whole seconds) when given.
 * - `reset`: the connection is reset (TCP RST) without any answer.
 * - `truncate`: status 200, JSON headers and a `Content-Length` for the whole
 *   body, then only its first half before the connection closes.
 * - `html`: a 502 with a `text/html` body, as a proxy sends it.
 */
export type Failure =
  | (FailureTarget & { readonly kind: 'status'; readonly status?: FailureStatus; readonly retryAfter?: number })
  | (FailureTarget & { readonly kind: 'reset' })
  | (FailureTarget & { readonly kind: 'truncate' })
  | (FailureTarget & { readonly kind: 'html' });

/** Every `requests` pages served, insert `count` new orders (newest first, so later pages shift). */
export interface InsertEvery {
  /** Pages (200 answers) between insertions; a whole number >= 1. */
  readonly requests: number;
  /** Orders inserted each time; a whole number >= 1. */
  readonly count: number;
}

/** Faults in force from the start; each can be changed at run time through the simulator's methods. */
export interface FaultOptions {
  /** Delay every answer after authentication by this many milliseconds. Default: `0`. */
  latencyMs?: number;
  /** Failures queued at start, served in order (as if passed to `fail()` one by one). Default: none. */
  failures?: readonly Failure[];
  /** Insert orders while someone pages. Default: off. */
  insertEvery?: InsertEvery;
}

const FAILURE_STATUSES: readonly number[] = [500, 502, 503, 504];
const OPERATION_IDS: readonly string[] = OPERATIONS.map((op) => op.id);

function wholeNumber(value: number, name: string, min: number): void {
  if (!Number.isInteger(value) || value < min)
    throw new RangeError(`${name} must be a whole number >= ${min}, got ${value}`);
}

/** Checks a failure's fields and returns it with defaults applied. */
export function normaliseFailure(failure: Failure): Failure & { readonly count: number } {
  const count = failure.count ?? 1;
  wholeNumber(count, 'count', 1);
  if (failure.operation !== undefined && !OPERATION_IDS.includes(failure.operation)) {
    throw new RangeError(`operation must be one of ${OPERATION_IDS.join(', ')}, got "${failure.operation}"`);
  }
  if (failure.applied !== undefined && typeof failure.applied !== 'boolean') {
    throw new RangeError(`applied must be true or false, got ${String(failure.applied)}`);
  }
  if (failure.kind === 'status') {
    const status = failure.status ?? 503;
    if (!FAILURE_STATUSES.includes(status))
      throw new RangeError(`status must be one of ${FAILURE_STATUSES.join(', ')}`);
    if (failure.retryAfter !== undefined) wholeNumber(failure.retryAfter, 'retryAfter', 0);
    return { ...failure, count, status };
  }
  if (!['reset', 'truncate', 'html'].includes(failure.kind)) {
    throw new RangeError(`unknown failure kind "${(failure as { kind: string }).kind}"`);
  }
  return { ...failure, count };
}

/** Checks an insertion rule. */
export function checkInsertEvery(rule: InsertEvery): InsertEvery {
  wholeNumber(rule.requests, 'insertEvery.requests', 1);
  wholeNumber(rule.count, 'insertEvery.count', 1);
  return { requests: rule.requests, count: rule.count };
}

/** The fault state of one simulator. */
export class Faults {
  readonly #queue: { failure: Failure; left: number }[] = [];
  /** Delay of every answer, in ms. */
  #latencyMs = 0;
  /** A delay for the next few answers only, taking precedence over #latencyMs while it lasts. */
  #burst = { ms: 0, left: 0 };
  #insertEvery: InsertEvery | undefined;
  #pagesSinceInsert = 0;

  constructor(options: FaultOptions = {}) {
    if (options.latencyMs) this.setLatency(options.latencyMs);
    for (const failure of options.failures ?? []) this.fail(failure);
    if (options.insertEvery) this.setInsertEvery(options.insertEvery);
  }

  fail(failure: Failure): void {
    const normalised = normaliseFailure(failure);
    this.#queue.push({ failure: normalised, left: normalised.count });
  }

  /** Failures still queued, in order, with the number of answers each will still replace. */
  pending(): Failure[] {
    return this.#queue.map(({ failure, left }) => ({ ...failure, count: left }));
  }

  /** Takes the first queued failure for a request of `operation` that would have been a 200, if there is one. */
  takeFailure(operation: OperationId): Failure | undefined {
    const index = this.#queue.findIndex(
      ({ failure }) => failure.operation === undefined || failure.operation === operation,
    );
    const entry = this.#queue[index];
    if (!entry) return undefined;
    if (--entry.left === 0) this.#queue.splice(index, 1);
    return entry.failure;
  }

  /**
   * Without `count`: delay every answer by `ms` (0 for none), and drop any
   * pending delay of the next few. With `count`: delay only the next `count`
   * answers by `ms`; the every-answer delay applies again after them.
   */
  setLatency(ms: number, count?: number): void {
    if (!(Number.isFinite(ms) && ms >= 0)) throw new RangeError(`latency must be a number of ms >= 0, got ${ms}`);
    if (count === undefined) {
      this.#latencyMs = ms;
      this.#burst = { ms: 0, left: 0 };
    } else {
      wholeNumber(count, 'count', 1);
      this.#burst = { ms, left: count };
    }
  }

  /** The delay for the next answer, in ms (0 for none). */
  takeLatency(): number {
    if (this.#burst.left > 0) {
      this.#burst.left--;
      return this.#burst.ms;
    }
    return this.#latencyMs;
  }

  setInsertEvery(rule: InsertEvery | undefined): void {
    this.#insertEvery = rule && checkInsertEvery(rule);
    this.#pagesSinceInsert = 0;
  }

  /** Counts a page served; returns how many orders to insert now (0 for none). */
  pageServed(): number {
    if (!this.#insertEvery) return 0;
    if (++this.#pagesSinceInsert < this.#insertEvery.requests) return 0;
    this.#pagesSinceInsert = 0;
    return this.#insertEvery.count;
  }

  /** Clears every failure, the latency and the insertion rule. */
  clear(): void {
    this.#queue.length = 0;
    this.setLatency(0);
    this.setInsertEvery(undefined);
  }
}
