// Which failures are retried, how long the client waits, and what it throws
// when it gives up. fetch is injected; timers are faked so waits are exact.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  BadRequestError,
  createOrdersClient,
  InternalServerError,
  RateLimitError,
  type RetryEvent,
} from '../../src/index.js';

const ok = () => Response.json({ data: [], totalCount: 0 });
const status = (code: number, headers: Record<string, string> = {}) =>
  Response.json({ statusCode: code, message: 'x' }, { status: code, headers });

function scripted(...steps: Array<() => Response>) {
  let calls = 0;
  const fetch = async () => {
    const step = steps[Math.min(calls++, steps.length - 1)]!;
    return step();
  };
  return { fetch, calls: () => calls };
}

async function run<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  await vi.runAllTimersAsync();
  return promise;
}

describe('retries', () => {
  let retries: RetryEvent[];
  const make = (fetch: () => Promise<Response>, extra = {}) =>
    createOrdersClient({
      token: 'secret-token',
      fetch,
      rateLimiter: false,
      onRetry: (e) => retries.push(e),
      ...extra,
    });

  beforeEach(() => {
    retries = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('retries a burst of 503s and succeeds', async () => {
    const api = scripted(
      () => status(503),
      () => status(503),
      ok,
    );
    await expect(run(make(api.fetch).orders.list({ altId: 'a' }))).resolves.toEqual({ data: [], totalCount: 0 });
    expect(api.calls()).toBe(3);
    expect(retries.map((r) => r.retry)).toEqual([1, 2]);
  });

  it('gives up after maxRetries with the typed error and the attempt count', async () => {
    const api = scripted(() => status(502));
    const error = await run(make(api.fetch, { maxRetries: 1 }).orders.list({ altId: 'a' })).catch((e) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.attempts).toBe(2);
    expect(error.message).toMatch(/gave up after 2 attempts/);
  });

  it('honours Retry-After on a burst 429', async () => {
    const api = scripted(() => status(429, { 'Retry-After': '7', 'X-RateLimit-Daily-Remaining': '5000' }), ok);
    await run(make(api.fetch).orders.list({ altId: 'a' }));
    expect(retries[0]?.delayMs).toBe(7000);
  });

  it('waits the rate-limit window on a 429 without Retry-After', async () => {
    const api = scripted(() => status(429, { 'X-RateLimit-Interval-Milliseconds': '10000' }), ok);
    await run(make(api.fetch).orders.list({ altId: 'a' }));
    expect(retries[0]?.delayMs).toBeGreaterThanOrEqual(10_000);
    expect(retries[0]?.delayMs).toBeLessThan(10_500);
  });

  it('does not retry when the daily budget is spent', async () => {
    const api = scripted(() =>
      status(429, { 'X-RateLimit-Daily-Remaining': '0', 'X-RateLimit-Limit-Daily': '200000' }),
    );
    const error = await run(make(api.fetch).orders.list({ altId: 'a' })).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.scope).toBe('daily');
    expect(error.message).toMatch(/daily budget \(200000 requests\) is spent/);
    expect(api.calls()).toBe(1);
  });

  it('does not retry a request the API refused as wrong', async () => {
    const api = scripted(() => status(400));
    await expect(run(make(api.fetch).orders.list({ altId: 'a' }))).rejects.toBeInstanceOf(BadRequestError);
    expect(api.calls()).toBe(1);
  });

  it('retries 408 and connection failures', async () => {
    let n = 0;
    const fetch = async () => {
      n++;
      if (n === 1) return status(408);
      if (n === 2) throw new TypeError('fetch failed', { cause: new Error('ECONNRESET') });
      return ok();
    };
    await run(make(fetch).orders.list({ altId: 'a' }));
    expect(retries[0]?.error).toBeInstanceOf(APIError);
    expect((retries[0]!.error as APIError).status).toBe(408);
    expect(retries[1]?.error).toBeInstanceOf(APIConnectionError);
    expect(n).toBe(3);
  });

  it('does not wait longer than a minute for a server that asks for an hour', async () => {
    const api = scripted(() => status(503, { 'Retry-After': '3600' }));
    const error = await run(make(api.fetch).orders.list({ altId: 'a' })).catch((e) => e);
    expect(error.message).toMatch(/asked to wait 3600 s/);
    expect(api.calls()).toBe(1);
  });

  it('maxRetries can be overridden per request', async () => {
    const api = scripted(() => status(500));
    await run(make(api.fetch).orders.list({ altId: 'a' }, { maxRetries: 0 })).catch(() => undefined);
    expect(api.calls()).toBe(1);
  });

  it('an abort during the backoff wait stops at once', async () => {
    const controller = new AbortController();
    const api = scripted(() => status(503, { 'Retry-After': '30' }));
    const promise = make(api.fetch).orders.list({ altId: 'a' }, { signal: controller.signal });
    promise.catch(() => undefined);
    await vi.advanceTimersByTimeAsync(1000);
    controller.abort();
    await expect(promise).rejects.toBeInstanceOf(APIUserAbortError);
    expect(api.calls()).toBe(1);
  });
});
