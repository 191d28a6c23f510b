// Rate-limit answers, with the hostile values a proxy or a broken API can put
// in Retry-After and the X-RateLimit-* headers. A client that believes them
// sleeps for 31 years, spins without waiting, or overflows a 32-bit timer
// (Node clamps a delay above 2^31-1 ms to 1 ms: a hot loop).
import type { Behaviour } from '../behaviour.js';
import { errorBody } from '../internal/error-body.js';
import { GENEROUS_RATE_LIMIT_HEADERS, JSON_TYPE, mergeHeaders } from '../internal/headers.js';

export interface RateLimitedOptions {
  /** Default 429. */
  status?: 429 | 503;
  /** The `Retry-After` value, sent as is; none by default. See {@link hostileRetryAfter}. */
  retryAfter?: string;
  /** Headers added or replacing the defaults; see {@link hostileRateLimitHeaders}. */
  headers?: Record<string, string>;
}

/** `Retry-After` values a client must not obey blindly. */
export const hostileRetryAfter = {
  /** 31 years in seconds. */
  hugeSeconds: '999999999',
  /** More than 2^64. */
  overflowSeconds: '18446744073709551617',
  negative: '-5',
  fractional: '1.5',
  /** Parses as a number in JavaScript, is not a delay-seconds value in HTTP. */
  exponent: '1e3',
  pastDate: 'Wed, 21 Oct 2015 07:28:00 GMT',
  yearsAhead: 'Fri, 01 Jan 2100 00:00:00 GMT',
  garbage: 'soon, maybe',
  empty: '',
} as const;

/** X-RateLimit-* headers a client must not obey blindly; each is a header map to pass as `headers`. */
export const hostileRateLimitHeaders = {
  /** 2^31 + 5 ms: overflows setTimeout's 32-bit delay (Node then waits 1 ms). */
  intervalOverflow: { 'x-ratelimit-interval-milliseconds': String(2 ** 31 + 5) },
  /** 10^12 ms, about 31 years. */
  intervalHuge: { 'x-ratelimit-interval-milliseconds': '1000000000000' },
  /** The same as an exponent: `Number()` reads 10^12, `parseInt()` reads 1. */
  intervalExponent: { 'x-ratelimit-interval-milliseconds': '1e12' },
  intervalZero: { 'x-ratelimit-interval-milliseconds': '0' },
  intervalNegative: { 'x-ratelimit-interval-milliseconds': '-1' },
  remainingZero: { 'x-ratelimit-remaining': '0' },
  maxZero: { 'x-ratelimit-max': '0' },
  dailyRemainingZero: { 'x-ratelimit-daily-remaining': '0' },
} as const satisfies Record<string, Record<string, string>>;

/**
 * A rate-limit error: `{ statusCode, message, error }` with the vendor's
 * headers (burst budget spent: `X-RateLimit-Remaining: 0`, daily budget left),
 * `Retry-After` if given, then `headers` over them.
 */
export function rateLimited(options: RateLimitedOptions = {}): Behaviour {
  const { status = 429, retryAfter, headers } = options;
  const body = errorBody(status, status === 429 ? 'Too many requests, please try again later' : undefined);
  const all = mergeHeaders(
    { 'content-type': JSON_TYPE },
    GENEROUS_RATE_LIMIT_HEADERS,
    { 'x-ratelimit-max': '100', 'x-ratelimit-remaining': '0' },
    retryAfter === undefined ? undefined : { 'retry-after': retryAfter },
    headers,
  );
  return ({ send }) => send({ status, headers: all, body });
}
