// The vendor's two rate limits, per app (here: per token) and per resource
// (here: per location id in the query): a burst limit over a fixed window and a
// daily budget that resets at midnight UTC. Every answer after authentication
// carries the X-RateLimit-* headers describing the caller's bucket.
import type { RateLimits } from '../options.js';

/** Outcome of one request: the headers to send and, when refused, how long to wait. */
export interface RateDecision {
  readonly allowed: boolean;
  /** Which limit refused the request; undefined when allowed. */
  readonly limit?: 'burst' | 'daily';
  /** Whole seconds until a retry can succeed (rounded up); set when refused. */
  readonly retryAfterSeconds?: number;
  readonly headers: Readonly<Record<string, string>>;
}

interface Bucket {
  windowStart: number;
  inWindow: number;
  day: number;
  today: number;
}

const DAY_MS = 86_400_000;
/** Past this many buckets, buckets idle for a day are dropped, so random tokens cannot grow memory forever. */
const PRUNE_AT = 10_000;

/**
 * Headers sent when rate limiting is off: large constant budgets, so a client
 * that paces itself by the headers never waits, and one that requires them finds them.
 */
export const UNLIMITED_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'x-ratelimit-max': '1000000000',
  'x-ratelimit-remaining': '1000000000',
  'x-ratelimit-interval-milliseconds': '10000',
  'x-ratelimit-limit-daily': '1000000000',
  'x-ratelimit-daily-remaining': '1000000000',
});

export class RateLimiter {
  readonly #limits: RateLimits;
  readonly #buckets = new Map<string, Bucket>();

  constructor(limits: RateLimits) {
    this.#limits = limits;
  }

  /** Counts a request of `token` on `locationId` at `now` (ms), or refuses it. Refused requests are not counted. */
  take(token: string, locationId: string, now: number): RateDecision {
    const { max, intervalMs, daily } = this.#limits;
    const key = `${token}\u0000${locationId}`;
    const day = Math.floor(now / DAY_MS);
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      if (this.#buckets.size >= PRUNE_AT) this.#prune(day);
      bucket = { windowStart: now, inWindow: 0, day, today: 0 };
      this.#buckets.set(key, bucket);
    }
    // A fixed window starts at the first request after the previous one ended.
    if (now >= bucket.windowStart + intervalMs) {
      bucket.windowStart = now;
      bucket.inWindow = 0;
    }
    if (bucket.day !== day) {
      bucket.day = day;
      bucket.today = 0;
    }

    // The daily budget is checked first: when both are spent, waiting for the
    // window would not help, and the answer should say so.
    if (bucket.today >= daily) {
      const untilMidnight = (day + 1) * DAY_MS - now;
      return this.#refuse('daily', untilMidnight, bucket);
    }
    if (bucket.inWindow >= max) {
      return this.#refuse('burst', bucket.windowStart + intervalMs - now, bucket);
    }
    bucket.inWindow++;
    bucket.today++;
    return { allowed: true, headers: this.#headers(bucket) };
  }

  /** Forgets every bucket, as if no request had been made. */
  reset(): void {
    this.#buckets.clear();
  }

  #refuse(limit: 'burst' | 'daily', waitMs: number, bucket: Bucket): RateDecision {
    const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
    return {
      allowed: false,
      limit,
      retryAfterSeconds,
      headers: { ...this.#headers(bucket), 'retry-after': String(retryAfterSeconds) },
    };
  }

  #headers(bucket: Bucket): Record<string, string> {
    const { max, intervalMs, daily } = this.#limits;
    return {
      'x-ratelimit-max': String(max),
      'x-ratelimit-remaining': String(Math.max(0, max - bucket.inWindow)),
      'x-ratelimit-interval-milliseconds': String(intervalMs),
      'x-ratelimit-limit-daily': String(daily),
      'x-ratelimit-daily-remaining': String(Math.max(0, daily - bucket.today)),
    };
  }

  #prune(today: number): void {
    for (const [key, bucket] of this.#buckets) if (bucket.day < today) this.#buckets.delete(key);
  }
}
