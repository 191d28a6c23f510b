// Injectable faults: the ways the real API (or a proxy in front of it) lets a
// client down. Failures are queued and each one replaces the answer to a
// request that would otherwise have been a 200 page, so a test can say "the
// next three pages fail" and know exactly which requests those are. Latency
// delays every answer after authentication, or only the next few.

/** Statuses a `status` failure may send: the 5xx the spec documents. */
export type FailureStatus = 500 | 502 | 503 | 504;

/**
 * One kind of failure, served to the next `count` requests that would have
 * been answered with a page (default `count`: 1).
 * - `status`: a JSON error body (`ErrorResponse`) with `status` (default 503),
 *   and `Retry-After: retryAfter` (whole seconds) when given.
 * - `reset`: the connection is reset (TCP RST) without any answer.
 * - `truncate`: status 200, JSON headers and a `Content-Length` for the whole
 *   page, then only the first half of the body before the connection closes.
 * - `html`: a 502 with a `text/html` body, as a proxy sends it.
 */
export type Failure =
  | { readonly kind: 'status'; readonly count?: number; readonly status?: FailureStatus; readonly retryAfter?: number }
  | { readonly kind: 'reset'; readonly count?: number }
  | { readonly kind: 'truncate'; readonly count?: number }
  | { readonly kind: 'html'; readonly count?: number };

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

function wholeNumber(value: number, name: string, min: number): void {
  if (!Number.isInteger(value) || value < min)
    throw new RangeError(`${name} must be a whole number >= ${min}, got ${value}`);
}

/** Checks a failure's fields and returns it with defaults applied. */
export function normaliseFailure(failure: Failure): Failure & { readonly count: number } {
  const count = failure.count ?? 1;
  wholeNumber(count, 'count', 1);
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

  /** Takes the failure for a request that would have been a page, if one is queued. */
  takeFailure(): Failure | undefined {
    const head = this.#queue[0];
    if (!head) return undefined;
    if (--head.left === 0) this.#queue.shift();
    return head.failure;
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
