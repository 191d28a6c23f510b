import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError, RateLimiter } from '../src/index.js';

describe('RateLimiter', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Start times of `n` acquisitions, in ms since the start. */
  async function startTimes(limiter: RateLimiter, n: number): Promise<number[]> {
    const t0 = Date.now();
    const times: number[] = [];
    const all = Array.from({ length: n }, () =>
      limiter.acquire().then((release) => {
        times.push(Date.now() - t0);
        release();
      }),
    );
    await vi.runAllTimersAsync();
    await Promise.all(all);
    return times.sort((a, b) => a - b);
  }

  it('never lets more than max requests start in any window', async () => {
    const times = await startTimes(new RateLimiter({ max: 5, intervalMs: 1000, marginMs: 50 }), 23);
    for (let i = 5; i < times.length; i++) {
      expect(times[i]! - times[i - 5]!).toBeGreaterThanOrEqual(1050);
    }
    expect(times.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
  });

  it('learns the real limits from the headers', async () => {
    const limiter = new RateLimiter({ max: 100, intervalMs: 10_000, marginMs: 0 });
    limiter.update({ max: 2, intervalMs: 500, remaining: 1 });
    expect(limiter.limits).toEqual({ max: 2, intervalMs: 500 });
    expect(await startTimes(limiter, 4)).toEqual([0, 0, 500, 500]);
  });

  it('pauses when a 429 says to, for everyone sharing it', async () => {
    const limiter = new RateLimiter({ max: 100, intervalMs: 10_000, marginMs: 0 });
    limiter.update({ retryAfterMs: 3000 }, 429);
    expect(await startTimes(limiter, 2)).toEqual([3000, 3000]);
  });

  it('waits for the window when the budget was spent elsewhere', async () => {
    const limiter = new RateLimiter({ max: 100, intervalMs: 2000, marginMs: 0 });
    limiter.update({ max: 100, intervalMs: 2000, remaining: 0 }, 200);
    expect(await startTimes(limiter, 1)).toEqual([2000]);
    expect(limiter.stats).toMatchObject({ acquired: 1, delayed: 1, waitedMs: 2000 });
  });

  it('counts a request from when its answer arrived, however long it travelled', async () => {
    const limiter = new RateLimiter({ max: 1, intervalMs: 1000, marginMs: 0 });
    const t0 = Date.now();
    const slow = await limiter.acquire();
    await vi.advanceTimersByTimeAsync(700);
    slow(); // its answer took 700 ms: the server may have counted it that late
    const third = limiter.acquire().then(() => Date.now() - t0);
    await vi.runAllTimersAsync();
    // Not at 1000 (when it was sent + the window) but at 1700.
    expect(await third).toBe(1700);
  });

  it('gives its slot back when the wait is cancelled', async () => {
    const limiter = new RateLimiter({ max: 1, intervalMs: 1000, marginMs: 0 });
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    expect(await startTimes(limiter, 1)).toEqual([1000]);
  });

  it('refuses nonsense limits', () => {
    expect(() => new RateLimiter({ max: 0 })).toThrow(ConfigurationError);
    expect(() => new RateLimiter({ intervalMs: Number.NaN })).toThrow(/intervalMs/);
  });
});
