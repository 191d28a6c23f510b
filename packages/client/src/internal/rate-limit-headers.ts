// Parses the vendor's rate-limit headers and Retry-After. Missing or garbled
// headers give `undefined`, never NaN, so callers can fall back to defaults.

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
  /** `Retry-After`, in milliseconds from when the response was read. */
  retryAfterMs?: number;
}

function int(value: string | null): number | undefined {
  if (value === null || !/^\s*\d+\s*$/.test(value)) return undefined;
  return Number(value);
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

export function parseRateLimit(headers: Headers, now = Date.now()): RateLimitInfo {
  const info: RateLimitInfo = {
    max: int(headers.get('x-ratelimit-max')),
    remaining: int(headers.get('x-ratelimit-remaining')),
    intervalMs: int(headers.get('x-ratelimit-interval-milliseconds')),
    dailyLimit: int(headers.get('x-ratelimit-limit-daily')),
    dailyRemaining: int(headers.get('x-ratelimit-daily-remaining')),
    retryAfterMs: parseRetryAfter(headers.get('retry-after'), now),
  };
  for (const key of Object.keys(info) as (keyof RateLimitInfo)[]) {
    if (info[key] === undefined) delete info[key];
  }
  return info;
}
