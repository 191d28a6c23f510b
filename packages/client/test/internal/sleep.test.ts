// The cancellable wait under every retry and rate-limit pause: it ends when
// told, stops at once on abort, and never hands a timer a delay Node would
// overflow (which fires at once, with a warning). Timers are faked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TIMER_MS, sleep, timerMs } from '../../src/internal/sleep.js';

/** Where a promise stands once the pending microtasks have run. */
async function state(promise: Promise<unknown>): Promise<'pending' | 'resolved' | { rejected: unknown }> {
  let result: 'pending' | 'resolved' | { rejected: unknown } = 'pending';
  promise.then(
    () => {
      result = 'resolved';
    },
    (error: unknown) => {
      result = { rejected: error };
    },
  );
  await vi.advanceTimersByTimeAsync(0);
  return result;
}

describe('timerMs', () => {
  it('is 2^31-1, the longest delay a timer holds', () => {
    expect(MAX_TIMER_MS).toBe(2_147_483_647);
  });

  it.each([
    { name: 'NaN', ms: Number.NaN, expected: 0 },
    { name: 'a negative delay', ms: -5, expected: 0 },
    { name: '-Infinity', ms: Number.NEGATIVE_INFINITY, expected: 0 },
    { name: '0', ms: 0, expected: 0 },
    { name: 'an ordinary delay', ms: 1500, expected: 1500 },
    { name: 'a fraction', ms: 12.5, expected: 12.5 },
    { name: 'exactly 2^31-1', ms: 2 ** 31 - 1, expected: 2 ** 31 - 1 },
    { name: '2^31', ms: 2 ** 31, expected: 2 ** 31 - 1 },
    { name: 'a year of ms', ms: 365 * 864e5, expected: 2 ** 31 - 1 },
    { name: 'Infinity', ms: Number.POSITIVE_INFINITY, expected: 2 ** 31 - 1 },
  ])('$name becomes $expected', ({ ms, expected }) => {
    expect(timerMs(ms)).toBe(expected);
  });
});

describe('sleep', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('resolves when the delay is over, not before', async () => {
    const done = sleep(1000);
    await vi.advanceTimersByTimeAsync(999);
    expect(await state(done)).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(await state(done)).toBe('resolved');
  });

  it.each([
    ['0', 0],
    ['a negative delay', -100],
    ['NaN', Number.NaN],
  ])('resolves at once for %s, without a timer', async (_, ms) => {
    const timer = vi.spyOn(globalThis, 'setTimeout');
    expect(await state(sleep(ms))).toBe('resolved');
    expect(timer).not.toHaveBeenCalled();
  });

  it('rejects with the signal’s reason when it was aborted already, and sets no timer', async () => {
    const timer = vi.spyOn(globalThis, 'setTimeout');
    const reason = new Error('stopped before');
    expect(await state(sleep(1000, AbortSignal.abort(reason)))).toEqual({ rejected: reason });
    expect(timer).not.toHaveBeenCalled();
  });

  it('rejects with the signal’s reason as soon as it aborts mid-wait, and clears its timer', async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    await vi.advanceTimersByTimeAsync(10);
    expect(await state(waiting)).toBe('pending');
    const reason = new DOMException('the caller gave up', 'AbortError');
    controller.abort(reason);
    expect(await state(waiting)).toEqual({ rejected: reason });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves no abort listener on the signal once it has resolved', async () => {
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const done = sleep(50, controller.signal);
    await vi.advanceTimersByTimeAsync(50);
    expect(await state(done)).toBe('resolved');
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
  });

  it.each([
    ['Infinity', Number.POSITIVE_INFINITY],
    ['2^31 ms', 2 ** 31],
    ['a Retry-After of ten years', 10 * 365 * 864e5],
  ])('never hands a timer more than 2^31-1 ms (%s)', async (_, ms) => {
    const timer = vi.spyOn(globalThis, 'setTimeout');
    const waiting = sleep(ms);
    expect(timer).toHaveBeenCalledTimes(1);
    expect(timer.mock.calls[0]?.[1]).toBe(MAX_TIMER_MS);
    // And it waits that long, rather than firing at once as an overflowed timer does.
    await vi.advanceTimersByTimeAsync(1000);
    expect(await state(waiting)).toBe('pending');
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS - 1000);
    expect(await state(waiting)).toBe('resolved');
  });
});
