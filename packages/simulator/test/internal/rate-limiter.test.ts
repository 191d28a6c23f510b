// Burst and daily limits, their headers and Retry-After. A fake clock steps
// time, so nothing here depends on how fast the machine is.
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/internal/rate-limiter.js';
import { GOOD_HEADERS, get } from '../support/sim-client.js';
import { fakeClock, useSimulators } from '../support/simulators.js';

const start = useSimulators();
const NOON = '2026-11-22T12:00:00.000Z';

const rateHeaders = (headers: Headers) => ({
  max: headers.get('x-ratelimit-max'),
  remaining: headers.get('x-ratelimit-remaining'),
  interval: headers.get('x-ratelimit-interval-milliseconds'),
  daily: headers.get('x-ratelimit-limit-daily'),
  dailyRemaining: headers.get('x-ratelimit-daily-remaining'),
});

describe('RateLimiter', () => {
  it('allows max requests per fixed window, then refuses until the window ends', () => {
    const limiter = new RateLimiter({ max: 2, intervalMs: 1000, daily: 100 });
    expect(limiter.take('t', 'loc', 0).allowed).toBe(true);
    expect(limiter.take('t', 'loc', 400).allowed).toBe(true);
    const refused = limiter.take('t', 'loc', 999);
    expect(refused).toMatchObject({ allowed: false, limit: 'burst', retryAfterSeconds: 1 });
    expect(refused.headers['x-ratelimit-remaining']).toBe('0');
    expect(limiter.take('t', 'loc', 1000).allowed).toBe(true);
  });

  it('rounds Retry-After up to whole seconds until the window resets', () => {
    const limiter = new RateLimiter({ max: 1, intervalMs: 10_000, daily: 100 });
    limiter.take('t', 'loc', 0);
    expect(limiter.take('t', 'loc', 1).retryAfterSeconds).toBe(10);
    expect(limiter.take('t', 'loc', 7_001).retryAfterSeconds).toBe(3);
    expect(limiter.take('t', 'loc', 9_999).retryAfterSeconds).toBe(1);
  });

  it('keeps one bucket per token and location', () => {
    const limiter = new RateLimiter({ max: 1, intervalMs: 1000, daily: 100 });
    expect(limiter.take('a', 'loc', 0).allowed).toBe(true);
    expect(limiter.take('a', 'loc', 0).allowed).toBe(false);
    expect(limiter.take('b', 'loc', 0).allowed).toBe(true);
    expect(limiter.take('a', 'other', 0).allowed).toBe(true);
    limiter.reset();
    expect(limiter.take('a', 'loc', 0).allowed).toBe(true);
  });

  it('does not count refused requests against either budget', () => {
    const limiter = new RateLimiter({ max: 1, intervalMs: 1000, daily: 2 });
    limiter.take('t', 'loc', 0);
    limiter.take('t', 'loc', 10);
    limiter.take('t', 'loc', 20);
    const next = limiter.take('t', 'loc', 1000);
    expect(next.allowed).toBe(true);
    expect(next.headers['x-ratelimit-daily-remaining']).toBe('0');
  });
});

describe('burst limit over HTTP', () => {
  it('answers max requests with falling X-RateLimit-Remaining, then 429 with Retry-After, then recovers', async () => {
    const clock = fakeClock(NOON);
    const sim = await start({ count: 5, clock: clock.read, rateLimit: { max: 5, intervalMs: 1000, daily: 1000 } });
    for (let i = 1; i <= 5; i++) {
      const answer = await get(sim);
      expect(answer.status).toBe(200);
      expect(rateHeaders(answer.headers)).toEqual({
        max: '5',
        remaining: String(5 - i),
        interval: '1000',
        daily: '1000',
        dailyRemaining: String(1000 - i),
      });
      clock.advance(100);
    }
    const limited = await get(sim);
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({ statusCode: 429, message: 'Too Many Requests', error: 'Too Many Requests' });
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(rateHeaders(limited.headers)).toMatchObject({ remaining: '0', dailyRemaining: '995' });
    expect(sim.stats().rateLimited).toBe(1);

    clock.advance(500); // 1000 ms after the first request: a new window
    const again = await get(sim);
    expect(again.status).toBe(200);
    expect(again.headers.get('x-ratelimit-remaining')).toBe('4');
  });

  it('uses the documented defaults: 100 per 10 s, 200,000 a day', async () => {
    const sim = await start({ count: 5 });
    const answer = await get(sim);
    expect(rateHeaders(answer.headers)).toEqual({
      max: '100',
      remaining: '99',
      interval: '10000',
      daily: '200000',
      dailyRemaining: '199999',
    });
  });

  it('gives a Retry-After within the window on the real clock', async () => {
    const sim = await start({ count: 5, rateLimit: { max: 3, intervalMs: 60_000 } });
    for (let i = 0; i < 3; i++) expect((await get(sim)).status).toBe(200);
    const limited = await get(sim);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    sim.resetRateLimits();
    expect((await get(sim)).status).toBe(200);
  });

  it('limits each token separately', async () => {
    const clock = fakeClock(NOON);
    const sim = await start({ count: 5, clock: clock.read, rateLimit: { max: 1, intervalMs: 1000 } });
    expect((await get(sim)).status).toBe(200);
    expect((await get(sim)).status).toBe(429);
    expect((await get(sim, {}, { headers: { ...GOOD_HEADERS, Authorization: 'Bearer other' } })).status).toBe(200);
  });
});

describe('daily limit over HTTP', () => {
  it('answers 429 with X-RateLimit-Daily-Remaining 0 and Retry-After until midnight UTC, then resets', async () => {
    const clock = fakeClock('2026-11-22T23:59:30.250Z');
    const sim = await start({ count: 5, clock: clock.read, rateLimit: { max: 100, intervalMs: 1000, daily: 3 } });
    for (let i = 0; i < 3; i++) expect((await get(sim)).status).toBe(200);
    const spent = await get(sim);
    expect(spent.status).toBe(429);
    expect(spent.headers.get('x-ratelimit-daily-remaining')).toBe('0');
    expect(spent.headers.get('retry-after')).toBe('30'); // 29.75 s to midnight, rounded up
    expect((spent.json as { message: string }).message).toMatch(/daily/);

    clock.advance(60_000); // past midnight: the window too has long ended
    expect((await get(sim)).status).toBe(200);
    const tomorrow = await get(sim);
    expect(tomorrow.headers.get('x-ratelimit-daily-remaining')).toBe('1');
  });
});

describe('rateLimit: false', () => {
  it('never answers 429 and sends constant, generous headers', async () => {
    const sim = await start({ count: 5, rateLimit: false });
    for (let i = 0; i < 150; i++) {
      const answer = await get(sim);
      expect(answer.status).toBe(200);
      if (i === 149) {
        expect(rateHeaders(answer.headers)).toEqual({
          max: '1000000000',
          remaining: '1000000000',
          interval: '10000',
          daily: '1000000000',
          dailyRemaining: '1000000000',
        });
      }
    }
    expect(sim.stats().rateLimited).toBe(0);
  });
});
