import { describe, expect, it } from 'vitest';
import { jitteredBackoff, retryDelay } from '../../src/internal/backoff.js';

describe('backoff', () => {
  it('full jitter stays under an exponentially growing, capped ceiling', () => {
    expect(jitteredBackoff(0, { baseMs: 500, maxMs: 8000 }, () => 0.999)).toBe(499);
    expect(jitteredBackoff(3, { baseMs: 500, maxMs: 8000 }, () => 0.999)).toBe(3996);
    expect(jitteredBackoff(10, { baseMs: 500, maxMs: 8000 }, () => 0.999)).toBe(7992);
    expect(jitteredBackoff(2, { baseMs: 500, maxMs: 8000 }, () => 0)).toBe(0);
  });

  it('prefers Retry-After, then the rate-limit window, then jitter', () => {
    expect(retryDelay(0, { retryAfterMs: 7000, rateLimitIntervalMs: 10_000 })).toBe(7000);
    expect(retryDelay(0, { rateLimitIntervalMs: 10_000 }, undefined, () => 0)).toBe(10_000);
    expect(retryDelay(1, {}, { baseMs: 100, maxMs: 1000 }, () => 0.5)).toBe(100);
  });
});
