// The public types that several modules share. They live here, in a public
// file, so that nothing under internal/ is part of the package's API.
import type { Middleware } from 'openapi-fetch';

/** The fetch signature the client accepts: the platform's `fetch` or any compatible function. */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/** openapi-fetch middleware, for the raw typed calls (`client.GET`). */
export type { Middleware };

/** What a response said about the rate limits. */
export interface RateLimitInfo {
  /** `X-RateLimit-Max`: requests allowed per burst window. */
  max?: number;
  /** `X-RateLimit-Remaining`: requests left in this window. */
  remaining?: number;
  /** `X-RateLimit-Interval-Milliseconds`: length of the burst window. */
  intervalMs?: number;
  /** `X-RateLimit-Limit-Daily`: requests allowed per day. */
  dailyLimit?: number;
  /** `X-RateLimit-Daily-Remaining`: requests left today. */
  dailyRemaining?: number;
  /** `Retry-After`, in milliseconds from when the response was read (never negative). */
  retryAfterMs?: number;
}

/** What `onRetry` is told. */
export interface RetryEvent {
  /** The retry about to be made: 1 for the first retry. */
  retry: number;
  /** How long the client waits before it, in ms. */
  delayMs: number;
  /** The error of the attempt that failed (already redacted). */
  error: Error;
}
