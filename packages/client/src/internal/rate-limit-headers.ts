// Parses the vendor's rate-limit headers and Retry-After. Missing, garbled,
// negative or absurd values give `undefined`, never NaN or a negative wait, so
// callers fall back to their own backoff instead of trusting a broken header.
import type { RateLimitInfo } from '../types.js';

/** Larger than any wait or window the client will ever honour; keeps arithmetic finite. */
const CEILING_MS = 366 * 24 * 3600 * 1000;

function int(value: string | null, min: number): number | undefined {
  if (value === null || !/^\s*\d{1,15}\s*$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min ? n : undefined;
}

// IMF-fixdate, RFC 850 and asctime all name a weekday or month in letters; a
// bare number (even a negative one, which Date.parse reads as a year) is not a date.
const HTTP_DATE = /^[A-Za-z]{3},? .*\d{2}:\d{2}:\d{2}|^[A-Za-z]{3} [A-Za-z]{3} +\d/;

/**
 * `Retry-After` as milliseconds: delta-seconds or an HTTP date. A negative or
 * non-numeric value, or a date that has already passed, says nothing usable
 * and gives `undefined` (retrying at once would hammer the server).
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d{1,12}(\.\d+)?$/.test(trimmed)) {
    const ms = Math.round(Number(trimmed) * 1000);
    return ms > 0 ? Math.min(ms, CEILING_MS) : undefined;
  }
  if (!HTTP_DATE.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date) || date <= now) return undefined;
  return Math.min(date - now, CEILING_MS);
}

export function parseRateLimit(headers: Headers, now = Date.now()): RateLimitInfo {
  const interval = int(headers.get('x-ratelimit-interval-milliseconds'), 1);
  const info: RateLimitInfo = {
    max: int(headers.get('x-ratelimit-max'), 1),
    remaining: int(headers.get('x-ratelimit-remaining'), 0),
    intervalMs: interval === undefined ? undefined : Math.min(interval, CEILING_MS),
    dailyLimit: int(headers.get('x-ratelimit-limit-daily'), 1),
    dailyRemaining: int(headers.get('x-ratelimit-daily-remaining'), 0),
    retryAfterMs: parseRetryAfter(headers.get('retry-after'), now),
  };
  for (const key of Object.keys(info) as (keyof RateLimitInfo)[]) {
    if (info[key] === undefined) delete info[key];
  }
  return info;
}
