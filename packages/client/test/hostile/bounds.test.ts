// Every wait, every body and every loop has a bound, whatever the server says:
// a server can't make a call hang for hours, eat gigabytes, overflow a timer,
// or keep a listing going forever.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  APIConnectionTimeoutError,
  createOrdersClient,
  type FetchLike,
  InternalServerError,
  InvalidResponseError,
  type OrdersClientOptions,
  PaginationError,
  RateLimitError,
  RateLimiter,
  type RetryEvent,
} from '../../src/index.js';
import { order } from '../support/fake-api.js';

const TOKEN = 'pit-bounds-0000-1111-2222-333344445555';
const page = (n = 1) => Response.json({ data: Array.from({ length: n }, (_, i) => order(i)), totalCount: n });

function client(fetch: FetchLike, options: Partial<OrdersClientOptions> = {}) {
  return createOrdersClient({ token: TOKEN, fetch, rateLimiter: false, maxRetries: 0, ...options });
}

function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
}

const warnings: Error[] = [];
const onWarning = (warning: Error) => warnings.push(warning);
beforeEach(() => {
  warnings.length = 0;
  process.on('warning', onWarning);
});
afterEach(() => {
  process.off('warning', onWarning);
  expect(warnings.filter((w) => w.name === 'TimeoutOverflowWarning')).toEqual([]);
});

describe('waits the server asks for', () => {
  it.each([
    ['a 429 with Retry-After of a day', 429, { 'retry-after': '86400' }, RateLimitError],
    [
      'a 429 with an HTTP date a year ahead',
      429,
      { 'retry-after': new Date(Date.now() + 365 * 864e5).toUTCString() },
      RateLimitError,
    ],
    ['a 503 with Retry-After beyond a timer', 503, { 'retry-after': String(2 ** 31 + 5) }, InternalServerError],
    [
      'a 429 whose window is 2^31+5 ms',
      429,
      { 'x-ratelimit-interval-milliseconds': String(2 ** 31 + 5) },
      RateLimitError,
    ],
  ])('%s fails at once, saying when to retry', async (_, status, headers, Class) => {
    let calls = 0;
    const fetch: FetchLike = async () => {
      calls++;
      return Response.json({ statusCode: status, message: 'slow down' }, { status, headers });
    };
    const error = await failureOf(client(fetch, { maxRetries: 3 }).orders.list({ altId: 'a' }));
    expect(error).toBeInstanceOf(Class);
    expect((error as Error).message).toMatch(/longer than maxWait \(60 s\): retry after \d{4}-\d\d-\d\dT/);
    expect(calls).toBe(1);
  });

  it('honours a wait within maxWait, and a smaller maxWait turns a long one into an error', async () => {
    const script = [() => Response.json({}, { status: 429, headers: { 'retry-after': '1' } }), () => page()];
    let n = 0;
    const fetch: FetchLike = async () => (script[n++] ?? page)();
    const retries: RetryEvent[] = [];
    await client(fetch, { maxRetries: 1, onRetry: (e) => retries.push(e) }).orders.list({ altId: 'a' });
    expect(retries.map((r) => r.delayMs)).toEqual([1000]);
    n = 0;
    const error = await failureOf(client(fetch, { maxRetries: 1, maxWait: 500 }).orders.list({ altId: 'a' }));
    expect(error).toBeInstanceOf(RateLimitError);
  });

  it('a negative Retry-After, or a date in the past, does not mean "retry at once"', async () => {
    for (const retryAfter of ['-5', 'Thu, 01 Jan 2015 00:00:00 GMT', '0']) {
      const retries: RetryEvent[] = [];
      let n = 0;
      const fetch: FetchLike = async () =>
        n++ === 0
          ? Response.json(
              {},
              { status: 429, headers: { 'retry-after': retryAfter, 'x-ratelimit-interval-milliseconds': '300' } },
            )
          : page();
      await client(fetch, { maxRetries: 1, onRetry: (e) => retries.push(e) }).orders.list({ altId: 'a' });
      // The window of the rate limit plus jitter: never 0.
      expect(retries[0]?.delayMs, retryAfter).toBeGreaterThanOrEqual(300);
    }
  });
});

describe('a shared RateLimiter', () => {
  it('one hostile header cannot stall every client sharing it: they fail fast, and the pause it learns is capped', async () => {
    const limiter = new RateLimiter({ maxLearnedMs: 400 });
    const hostile: FetchLike = async () =>
      Response.json(
        { data: [], totalCount: 0 },
        { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-interval-milliseconds': '999999999999' } },
      );
    await client(hostile, { rateLimiter: limiter }).orders.list({ altId: 'a' });
    expect(limiter.limits.intervalMs).toBe(400);
    // A client that accepts no wait is told at once; one that accepts the capped pause gets through.
    const impatient = await failureOf(
      client(async () => page(), { rateLimiter: limiter, maxWait: 0 }).orders.list({ altId: 'a' }),
    );
    expect(impatient).toBeInstanceOf(RateLimitError);
    expect((impatient as Error).message).toMatch(/maxWait.*Retry after/);
    await expect(
      client(async () => page(), { rateLimiter: limiter }).orders.list({ altId: 'a' }),
    ).resolves.toBeDefined();
  });

  it('the per-call timeout covers the wait for a rate-limit slot', async () => {
    const limiter = new RateLimiter({ max: 1, intervalMs: 30_000 });
    const c = client(async () => page(), { rateLimiter: limiter });
    await c.orders.list({ altId: 'a' });
    const error = await failureOf(c.orders.list({ altId: 'a' }, { timeout: 200 }));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toMatch(/rate-limit slot.*200 ms timeout/);
  });
});

/** A body that never ends (or is huge), counting how much of it was pulled. */
function endless(chunk = 64 * 1024) {
  const bytes = new Uint8Array(chunk).fill(0x61);
  const stats = { pulled: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      stats.pulled += chunk;
      controller.enqueue(bytes);
    },
  });
  return { body, stats };
}

describe('bodies', () => {
  it('a body that never ends is cut at maxResponseBytes: an error, not gigabytes of memory', async () => {
    const { body, stats } = endless();
    const before = process.memoryUsage().rss;
    const fetch: FetchLike = async () => new Response(body, { headers: { 'content-type': 'application/json' } });
    const error = await failureOf(
      client(fetch, { maxResponseBytes: 1024 * 1024, maxRetries: 2 }).orders.list({ altId: 'a' }),
    );
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).reason).toBe('too-large');
    expect((error as Error).message).toMatch(/over 1,048,576 bytes/);
    expect(stats.pulled).toBeLessThan(2 * 1024 * 1024);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('a body announced larger than the cap is refused before it is read', async () => {
    const { body, stats } = endless();
    const fetch: FetchLike = async () => new Response(body, { headers: { 'content-length': String(50 * 2 ** 30) } });
    const error = await failureOf(client(fetch).orders.list({ altId: 'a' }));
    expect((error as InvalidResponseError).reason).toBe('too-large');
    expect(stats.pulled).toBeLessThanOrEqual(128 * 1024);
  });

  it('an endless error body is read only as far as an error needs, and kept short', async () => {
    const { body, stats } = endless();
    const error = await failureOf(client(async () => new Response(body, { status: 500 })).orders.list({ altId: 'a' }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(String((error as InternalServerError).body).length).toBeLessThanOrEqual(1000);
    expect(stats.pulled).toBeLessThanOrEqual(192 * 1024);
  });

  it('a body that drips forever ends with the timeout', async () => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        timer = setInterval(() => controller.enqueue(new Uint8Array([0x20])), 20);
      },
      cancel() {
        clearInterval(timer);
      },
    });
    const fetch: FetchLike = async (request) => {
      request.signal.addEventListener('abort', () => clearInterval(timer));
      return new Response(body);
    };
    const error = await failureOf(client(fetch, { timeout: 300 }).orders.list({ altId: 'a' }));
    clearInterval(timer);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('the raw typed call caps the body too', async () => {
    const { body } = endless();
    const fetch: FetchLike = async () => new Response(body, { headers: { 'content-type': 'application/json' } });
    const raw = client(fetch, { maxResponseBytes: 256 * 1024 });
    const error = await failureOf(raw.GET('/payments/orders', { params: { query: { altId: 'a' } } }));
    expect(error).toBeInstanceOf(InvalidResponseError);
  });
});

describe('pages', () => {
  it('a server that keeps sending full pages of new orders ends the listing with an error', async () => {
    let requests = 0;
    let next = 0;
    const fetch: FetchLike = async () => {
      requests++;
      return Response.json({ data: Array.from({ length: 10 }, () => order(next++)), totalCount: 30 });
    };
    const list = client(fetch).orders.list({ altId: 'a', limit: 10 });
    let count = 0;
    const error = await (async () => {
      for await (const _ of list) count++;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/far beyond the 30 orders its totalCount announced/);
    expect(requests).toBeLessThan(100);
    expect(count).toBeLessThan(1000);
  });

  it.each([
    ['without _id', { ...order(1), _id: undefined }],
    ['with an empty _id', { ...order(1), _id: '' }],
    ['that is null', null],
  ])('an order %s is an InvalidResponseError, not merged or dropped, and not retried', async (_, bad) => {
    let calls = 0;
    const fetch: FetchLike = async () => {
      calls++;
      return Response.json({ data: [order(0), bad], totalCount: 2 });
    };
    const error = await failureOf(client(fetch, { maxRetries: 3 }).orders.list({ altId: 'a' }));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).reason).toBe('contract');
    expect((error as Error).message).toMatch(/index 1/);
    expect(calls).toBe(1);
  });
});
