// Client-side pacing under the API's burst limit (documented: 100 requests per
// 10 s per app per location). Reacting to 429s wastes a request and a wait each
// time; pacing keeps a bulk listing from drawing any. One limiter can be shared
// by every client that spends the same location's budget.
//
// The server's headers steer it, so a hostile or broken server could use them
// to stall every client that shares it: what it learns is clamped
// (`maxLearnedMs`), and a caller never waits longer than it agreed to
// (`acquire`'s `maxWaitMs` and `deadline`): it is told at once instead.
import { ConfigurationError } from './errors.js';
import { sleep } from './internal/sleep.js';
import type { RateLimitInfo } from './types.js';

/** Options of {@link RateLimiter}. */
export interface RateLimiterOptions {
  /** Requests allowed per window. Default: `100`; replaced by `X-RateLimit-Max` once seen. */
  max?: number;
  /** Window length in ms. Default: `10000`; replaced by `X-RateLimit-Interval-Milliseconds` once seen. */
  intervalMs?: number;
  /**
   * Extra ms added to every window, to absorb network latency and the difference
   * between our clock and the server's window edges. Default: `250`.
   */
  marginMs?: number;
  /**
   * The longest window, and the longest pause after a 429 or a spent budget,
   * that one response can impose on everyone sharing this limiter, in ms.
   * Default: `60000`. A caller asked to wait longer is told so at once
   * (`RateLimitError`) rather than kept waiting.
   */
  maxLearnedMs?: number;
}

/** Counters of what the limiter did. */
export interface RateLimiterStats {
  /** Requests let through. */
  acquired: number;
  /** Of those, how many had to wait. */
  delayed: number;
  /** Total ms spent waiting. */
  waitedMs: number;
}

/** Call when the response has arrived (or the attempt failed): the request then counts from that moment. */
export type ReleaseSlot = () => void;

/** Limits of one `acquire` call. */
export interface AcquireOptions {
  /** Cancels the wait; `acquire` rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Reject at once (with {@link SlotTooFarError}) when the next slot is further away than this, in ms. */
  maxWaitMs?: number;
  /** Reject at once when the next slot comes after this time (ms since the epoch). */
  deadline?: number;
}

/** `acquire` would have had to wait longer than its caller allows. */
export class SlotTooFarError extends Error {
  override name = 'SlotTooFarError';
  constructor(
    /** How long the wait would have been, in ms. */
    readonly waitMs: number,
    /** Which limit it broke. */
    readonly limit: 'maxWait' | 'deadline',
    /** Whether the server asked for the pause (a 429 or a spent budget), or it is our own pacing. */
    readonly serverAsked: boolean,
  ) {
    super(`the next request slot is ${Math.ceil(waitMs)} ms away, beyond the caller's ${limit}`);
  }
}

/**
 * A sliding-window limiter: at most `max` requests in any `intervalMs` (plus
 * margin). Each request counts from when its response arrived, not from when
 * it was sent: the server saw it somewhere in between, so counting from the
 * later moment keeps under the limit however long the requests travel, whether
 * the server counts in fixed or sliding windows. It also learns the real limits
 * from the `X-RateLimit-*` headers and pauses when the server says the budget
 * is spent.
 */
export class RateLimiter {
  #max: number;
  #intervalMs: number;
  readonly #marginMs: number;
  readonly #maxLearnedMs: number;
  /** When each recent request counts from: its start while in flight, its answer once done. */
  readonly #slots: { at: number }[] = [];
  #blockedUntil = 0;
  readonly #stats: RateLimiterStats = { acquired: 0, delayed: 0, waitedMs: 0 };

  constructor(options: RateLimiterOptions = {}) {
    this.#max = positive(options.max, 'max') ?? 100;
    this.#maxLearnedMs = positive(options.maxLearnedMs, 'maxLearnedMs') ?? 60_000;
    this.#intervalMs = positive(options.intervalMs, 'intervalMs') ?? 10_000;
    this.#marginMs = options.marginMs ?? 250;
    if (!(Number.isFinite(this.#marginMs) && this.#marginMs >= 0)) {
      throw new ConfigurationError('RateLimiter marginMs must be a number of ms >= 0.');
    }
  }

  /** The limits in force: the defaults until a response has told the real ones. */
  get limits(): { max: number; intervalMs: number } {
    return { max: this.#max, intervalMs: this.#intervalMs };
  }

  get stats(): RateLimiterStats {
    return { ...this.#stats };
  }

  /**
   * Waits until a request may start and takes a slot for it. Resolves to the
   * function to call when its answer has arrived. Rejects with the signal's
   * reason on abort, and with {@link SlotTooFarError} when the slot is further
   * away than `maxWaitMs` or after `deadline`.
   */
  async acquire(options: AcquireOptions | AbortSignal = {}): Promise<ReleaseSlot> {
    const {
      signal,
      maxWaitMs = Number.POSITIVE_INFINITY,
      deadline = Number.POSITIVE_INFINITY,
    } = options instanceof AbortSignal ? { signal: options } : options;
    const asked = Date.now();
    for (;;) {
      const now = Date.now();
      const wait = this.#waitFor(now);
      if (wait <= 0) {
        const slot = { at: now };
        this.#slots.push(slot);
        this.#stats.acquired++;
        if (now > asked) {
          this.#stats.delayed++;
          this.#stats.waitedMs += now - asked;
        }
        return () => {
          slot.at = Math.max(slot.at, Date.now());
        };
      }
      const serverAsked = this.#blockedUntil - now >= wait;
      if (wait > maxWaitMs) throw new SlotTooFarError(wait, 'maxWait', serverAsked);
      if (now + wait > deadline) throw new SlotTooFarError(wait, 'deadline', serverAsked);
      // Waiters re-check on waking: answers that arrived meanwhile may have
      // moved the window, and another waiter may have taken the free slot.
      await sleep(wait, signal);
    }
  }

  /** Learns from a response's rate-limit headers. */
  update(info: RateLimitInfo, status?: number): void {
    if (info.max !== undefined && Number.isInteger(info.max) && info.max > 0) this.#max = info.max;
    if (info.intervalMs !== undefined && info.intervalMs > 0) {
      this.#intervalMs = Math.min(info.intervalMs, this.#maxLearnedMs);
    }
    const now = Date.now();
    const pause = Math.min(info.retryAfterMs ?? this.#intervalMs, this.#maxLearnedMs);
    if (status === 429) {
      this.#blockedUntil = Math.max(this.#blockedUntil, now + pause);
      return;
    }
    // Spent by someone else (another process on the same location): our own
    // slots can't see it, so wait for the window to turn over.
    if (info.remaining === 0 && this.#recent(now).length < this.#max) {
      this.#blockedUntil = Math.max(this.#blockedUntil, now + pause);
    }
  }

  /** Slot times inside the current window, most recent first. */
  #recent(now: number): number[] {
    const window = this.#intervalMs + this.#marginMs;
    for (let i = this.#slots.length - 1; i >= 0; i--) {
      if ((this.#slots[i] as { at: number }).at <= now - window) this.#slots.splice(i, 1);
    }
    return this.#slots.map((slot) => slot.at).sort((a, b) => b - a);
  }

  /** Milliseconds until a request may start (0 or less: now). */
  #waitFor(now: number): number {
    const recent = this.#recent(now);
    const blocked = this.#blockedUntil - now;
    if (recent.length < this.#max) return blocked;
    const oldestThatCounts = recent[this.#max - 1] as number;
    return Math.max(blocked, oldestThatCounts + this.#intervalMs + this.#marginMs - now);
  }
}

function positive(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!(Number.isFinite(value) && value > 0)) {
    throw new ConfigurationError(`RateLimiter ${name} must be a positive number of requests or ms.`);
  }
  return value;
}
