import { describe, expect, it } from 'vitest';
import { parseRateLimit, parseRetryAfter } from '../../src/internal/rate-limit-headers.js';

describe('rate-limit headers', () => {
  it('parses every vendor header', () => {
    const headers = new Headers({
      'X-RateLimit-Max': '100',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Interval-Milliseconds': '10000',
      'X-RateLimit-Limit-Daily': '200000',
      'X-RateLimit-Daily-Remaining': '199000',
      'Retry-After': '3',
    });
    expect(parseRateLimit(headers)).toEqual({
      max: 100,
      remaining: 0,
      intervalMs: 10_000,
      dailyLimit: 200_000,
      dailyRemaining: 199_000,
      retryAfterMs: 3000,
    });
  });

  it('ignores missing or garbled values instead of producing NaN', () => {
    expect(parseRateLimit(new Headers({ 'X-RateLimit-Max': 'lots', 'Retry-After': 'soon' }))).toEqual({});
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
  });

  it('ignores a Retry-After that says nothing usable, rather than retrying at once', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    // A date in the past, a negative number (Date.parse reads "-5" as a year), zero, garbage.
    for (const value of ['Sun, 22 Nov 2026 09:00:00 GMT', '-5', '-1.5', '0', 'soon', '1e3', '', '  ']) {
      expect(parseRetryAfter(value, now), value).toBeUndefined();
    }
  });
});
