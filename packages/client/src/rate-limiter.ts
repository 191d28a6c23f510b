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

/**
 * A sliding-window limiter: at most `max` request starts in any `intervalMs`
 * (plus margin), which keeps under the limit whether the server counts in
 * fixed or sliding windows. It also learns the real limits from the
 * `X-RateLimit-*` headers and pauses when the server says the budget is spent.
 */
export class RateLimiter {
  #max: number;
  #intervalMs: number;
  readonly #marginMs: number;
  /** Reserved start times, ascending. */
  readonly #starts: number[] = [];
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

  /** Waits until a request may start, and reserves its slot. Rejects with the signal's reason on abort. */
  async acquire(signal?: AbortSignal): Promise<void> {
    const now = Date.now();
    const window = this.#intervalMs + this.#marginMs;
    while (this.#starts.length && (this.#starts[0] as number) <= now - window) this.#starts.shift();
    let at = Math.max(now, this.#blockedUntil, this.#starts.at(-1) ?? 0);
    if (this.#starts.length >= this.#max) {
      at = Math.max(at, (this.#starts[this.#starts.length - this.#max] as number) + window);
    }
    this.#starts.push(at);
    this.#stats.acquired++;
    if (at > now) {
      this.#stats.delayed++;
      this.#stats.waitedMs += at - now;
      try {
        await sleep(at - now, signal);
      } catch (error) {
        this.#starts.splice(this.#starts.indexOf(at), 1);
        throw error;
      }
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
    // Spent by someone else (another process on the same location): our own log
    // can't see it, so wait for the window to turn over.
    if (info.remaining === 0 && this.#inWindow(now) < this.#max) {
      this.#blockedUntil = Math.max(this.#blockedUntil, now + (info.retryAfterMs ?? this.#intervalMs));
    }
  }

  #inWindow(now: number): number {
    const from = now - this.#intervalMs - this.#marginMs;
    return this.#starts.filter((t) => t > from).length;
  }
}

function positive(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!(Number.isFinite(value) && value > 0))
    throw new ConfigurationError(`RateLimiter ${name} must be a positive number of requests or ms.`);
  return value;
}
