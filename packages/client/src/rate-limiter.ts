// Client-side pacing under the API's burst limit (documented: 100 requests per
// 10 s per app per location). Reacting to 429s wastes a request and a wait each
// time; pacing keeps a bulk listing from drawing any. One limiter can be shared
// by every client that spends the same location's budget.
import { ConfigurationError } from './errors.js';
import type { RateLimitInfo } from './internal/rate-limit-headers.js';
import { sleep } from './internal/sleep.js';

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
  /** When each recent request counts from: its start while in flight, its answer once done. */
  readonly #slots: { at: number }[] = [];
  #blockedUntil = 0;
  readonly #stats: RateLimiterStats = { acquired: 0, delayed: 0, waitedMs: 0 };

  constructor(options: RateLimiterOptions = {}) {
    this.#max = positive(options.max, 'max') ?? 100;
    this.#intervalMs = positive(options.intervalMs, 'intervalMs') ?? 10_000;
    this.#marginMs = options.marginMs ?? 250;
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
   * reason on abort.
   */
  async acquire(signal?: AbortSignal): Promise<ReleaseSlot> {
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
      // Waiters re-check on waking: answers that arrived meanwhile may have
      // moved the window, and another waiter may have taken the free slot.
      await sleep(wait, signal);
    }
  }

  /** Learns from a response's rate-limit headers. */
  update(info: RateLimitInfo, status?: number): void {
    if (info.max !== undefined && info.max > 0) this.#max = info.max;
    if (info.intervalMs !== undefined && info.intervalMs > 0) this.#intervalMs = info.intervalMs;
    const now = Date.now();
    if (status === 429) {
      this.#blockedUntil = Math.max(this.#blockedUntil, now + (info.retryAfterMs ?? this.#intervalMs));
      return;
    }
    // Spent by someone else (another process on the same location): our own
    // slots can't see it, so wait for the window to turn over.
    if (info.remaining === 0 && this.#recent(now).length < this.#max) {
      this.#blockedUntil = Math.max(this.#blockedUntil, now + (info.retryAfterMs ?? this.#intervalMs));
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
