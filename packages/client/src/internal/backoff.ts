// How long to wait before a retry: the server's word when it gives one
// (Retry-After, or the rate-limit window on a 429), otherwise exponential
// backoff with full jitter, so many clients retrying at once spread out.

export interface BackoffOptions {
  /** First backoff ceiling in ms; doubles each attempt. */
  baseMs: number;
  /** Largest backoff in ms. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, maxMs: 8_000 };

/** Full jitter: uniform in [0, min(max, base * 2^attempt)). `attempt` counts from 0. */
export function jitteredBackoff(attempt: number, options = DEFAULT_BACKOFF, random = Math.random): number {
  return Math.floor(random() * Math.min(options.maxMs, options.baseMs * 2 ** attempt));
}

/** Delay before retry number `attempt` (from 0), preferring what the server said. */
export function retryDelay(
  attempt: number,
  hint: { retryAfterMs?: number; rateLimitIntervalMs?: number },
  options = DEFAULT_BACKOFF,
  random = Math.random,
): number {
  if (hint.retryAfterMs !== undefined) return hint.retryAfterMs;
  // A 429 without Retry-After: the window is at most this long, plus jitter so
  // that clients sharing the budget don't all come back at the same instant.
  if (hint.rateLimitIntervalMs !== undefined) return hint.rateLimitIntervalMs + jitteredBackoff(0, options, random);
  return jitteredBackoff(attempt, options, random);
}
