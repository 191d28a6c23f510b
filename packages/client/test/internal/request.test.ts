// One attempt of one request: the URL, what goes on the wire, the redirect
// refused, the deadline over a fetch that ignores its signal, the rate-limit
// wait, and every failure as a typed error (with those that provably never left
// this machine marked so a write may be sent again).
import { getEventListeners } from 'node:events';
import { controlCharsIn } from '@hl-orders/hostile-server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  createCoreClient,
  type FetchLike,
  HlOrdersError,
  InvalidResponseError,
  type OrdersClientOptions,
  RateLimitError,
  RateLimiter,
  type RequestInfo,
} from '../../src/index.js';
import { BodyTooLargeError } from '../../src/internal/body.js';
import {
  type AttemptLimits,
  attempt,
  type Call,
  callUrl,
  fetchFailure,
  isRedirect,
  neverSent,
  redirectError,
  type Transport,
  tooLargeError,
} from '../../src/internal/request.js';
import { retryHint } from '../../src/internal/retry.js';
import { startFaultServer } from '../support/fault-server.js';

const TOKEN = 'pit-request-0000-1111-2222-333344445555';
const BASE = 'https://api.example.test';
const list: Call = { method: 'GET', path: '/payments/orders', query: { altId: 'loc1' } };
const limits: AttemptLimits = { timeout: 5000, maxResponseBytes: 1024 * 1024 };

/** The transport a client built with these options would use (see core.ts). */
function transport(fetch: FetchLike | undefined, options: Partial<OrdersClientOptions> = {}): Transport {
  return createCoreClient({ token: TOKEN, baseUrl: BASE, fetch, rateLimiter: false, ...options }).transport;
}

/** A fetch that records each Request and answers with `respond`. */
function recording(respond: (request: Request) => Response | Promise<Response> = () => Response.json({})) {
  const sent: Request[] = [];
  const fetch = vi.fn<FetchLike>(async (request) => {
    sent.push(request);
    return respond(request);
  });
  return { fetch, sent };
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as Error,
  );

/** What undici throws when a connection fails: a TypeError whose cause carries the code. */
const fetchFailed = (code: string | undefined, message: string) =>
  new TypeError('fetch failed', { cause: Object.assign(new Error(message), code ? { code } : {}) });

describe('callUrl', () => {
  it('is the base URL and the path, with no "?" when there is no query to send', () => {
    expect(callUrl(BASE, { method: 'GET', path: '/payments/orders' })).toBe(`${BASE}/payments/orders`);
    expect(callUrl(BASE, { method: 'GET', path: '/payments/orders', query: {} })).toBe(`${BASE}/payments/orders`);
    expect(callUrl(BASE, { method: 'GET', path: '/payments/orders', query: { a: undefined, b: null } })).toBe(
      `${BASE}/payments/orders`,
    );
  });

  it('encodes the query, drops undefined and null, and keeps 0 and false', () => {
    const url = callUrl(BASE, {
      method: 'GET',
      path: '/payments/orders',
      query: { altId: 'loc 1&altType=x#y', offset: 0, flag: false, gone: undefined, none: null, limit: 20 },
    });
    expect(url).toBe(`${BASE}/payments/orders?altId=loc+1%26altType%3Dx%23y&offset=0&flag=false&limit=20`);
    expect(Object.fromEntries(new URL(url).searchParams)).toEqual({
      altId: 'loc 1&altType=x#y',
      offset: '0',
      flag: 'false',
      limit: '20',
    });
  });
});

describe('isRedirect', () => {
  it.each([300, 301, 302, 303, 307, 308, 399])('%i is a redirect', (status) => {
    expect(isRedirect(new Response(null, { status }))).toBe(true);
  });

  it.each([200, 204, 299, 400, 404, 429, 500])('%i is not', (status) => {
    expect(isRedirect(new Response(null, { status }))).toBe(false);
  });

  it('an opaque redirect (what a browser hands back for redirect: "manual", status 0) is one', () => {
    expect(isRedirect({ type: 'opaqueredirect', status: 0 } as Response)).toBe(true);
  });
});

describe('redirectError', () => {
  const request: RequestInfo = { method: 'GET', url: `${BASE}/payments/orders?altId=loc1` };

  it("names the target, says it was not followed and why: reason 'redirect'", () => {
    const response = new Response(null, { status: 301, headers: { location: 'https://elsewhere.example/orders' } });
    const error = redirectError(response, request);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.reason).toBe('redirect');
    expect(error.status).toBe(301);
    expect(error.headers).toEqual({ location: 'https://elsewhere.example/orders' });
    expect(error.message).toBe(
      `GET ${BASE}/payments/orders?altId=loc1 answered 301, a redirect to https://elsewhere.example/orders. The Orders API never redirects, so the client does not follow it (the token would go along): check baseUrl, or the proxy in between.`,
    );
  });

  it('control characters in the Location header never reach the message', () => {
    const location = 'https://evil.example/\u001b]0;pwned\u0007a\u001b[2Jb\u0007c\u009b31md';
    const error = redirectError(new Response(null, { status: 302, headers: { location } }), request);
    expect(error.message).toContain('a redirect to https://evil.example/ab cd.');
    expect(controlCharsIn(error.message, { formatting: true })).toEqual([]);
  });

  it('a huge Location is cut to 300 characters', () => {
    const location = `https://evil.example/${'x'.repeat(5000)}`;
    const error = redirectError(new Response(null, { status: 307, headers: { location } }), request);
    expect(error.message).toContain(`to ${location.slice(0, 299)}…. The Orders API`);
  });

  it('a redirect without a Location says so', () => {
    const error = redirectError(new Response(null, { status: 302 }), request);
    expect(error.message).toContain('answered 302, a redirect without saying where.');
  });
});

describe('tooLargeError', () => {
  const request: RequestInfo = { method: 'GET', url: `${BASE}/payments/orders?altId=loc1` };

  it("names the cap and what the server announced: reason 'too-large'", () => {
    const response = new Response(null, { status: 200, headers: { 'content-length': String(5 * 2 ** 30) } });
    const error = tooLargeError(new BodyTooLargeError(1024 * 1024, 5 * 2 ** 30), response, request);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.reason).toBe('too-large');
    expect(error.status).toBe(200);
    expect(error.headers).toEqual({ 'content-length': '5368709120' });
    expect(error.message).toBe(
      `GET ${BASE}/payments/orders?altId=loc1 answered with a body over 1,048,576 bytes (it announced 5,368,709,120), more than any page of orders needs; reading stopped. Check baseUrl, lower \`limit\`, or raise maxResponseBytes.`,
    );
  });

  it('without an announced size, says only the cap', () => {
    const error = tooLargeError(new BodyTooLargeError(2048), new Response(null, { status: 200 }), request);
    expect(error.message).toContain('a body over 2,048 bytes, more than');
    expect(error.message).not.toContain('announced');
  });
});

describe('fetchFailure', () => {
  const request: RequestInfo = { method: 'GET', url: `${BASE}/payments/orders?altId=loc1` };
  const state = { aborted: false, timedOut: false, timeout: 250 };

  it("the caller's abort is an APIUserAbortError naming the request", () => {
    const reason = new DOMException('stop', 'AbortError');
    const error = fetchFailure(request, reason, { ...state, aborted: true });
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error.message).toBe(`GET ${request.url} was cancelled by the caller's AbortSignal.`);
    expect(error.cause).toBe(reason);
    expect(neverSent.has(error)).toBe(false);
  });

  it('our timeout is an APIConnectionTimeoutError that says to raise `timeout`', () => {
    const error = fetchFailure(request, new DOMException('timed out', 'TimeoutError'), { ...state, timedOut: true });
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error.message).toBe(
      `GET ${request.url} took longer than 250 ms (rate-limit wait, request and body). Raise \`timeout\` or narrow the query.`,
    );
    expect(neverSent.has(error)).toBe(false);
  });

  it.each([
    ['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1', true],
    ['ENOTFOUND', 'getaddrinfo ENOTFOUND api.example.test', true],
    ['EAI_AGAIN', 'getaddrinfo EAI_AGAIN api.example.test', true],
    ['EHOSTUNREACH', 'connect EHOSTUNREACH 10.0.0.1:443', true],
    ['ENETUNREACH', 'connect ENETUNREACH 10.0.0.1:443', true],
    ['UND_ERR_CONNECT_TIMEOUT', 'Connect Timeout Error', true],
    ['ECONNRESET', 'read ECONNRESET', false],
    ['UND_ERR_SOCKET', 'other side closed', false],
    ['EPIPE', 'write EPIPE', false],
    [undefined, 'something broke', false],
  ])('%s: an APIConnectionError naming the request and the cause; never sent: %s', (code, message, notSent) => {
    const error = fetchFailure(request, fetchFailed(code, message), state);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect(error.message).toBe(
      `GET ${request.url} got no complete answer (${message}). Check the network and baseUrl, then retry.`,
    );
    expect(neverSent.has(error)).toBe(notSent);
  });

  it('finds the code on the error itself or deeper in its causes', () => {
    const direct = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const deep = new TypeError('fetch failed', {
      cause: new Error('proxy', { cause: Object.assign(new Error('dns'), { code: 'ENOTFOUND' }) }),
    });
    expect(neverSent.has(fetchFailure(request, direct, state))).toBe(true);
    expect(neverSent.has(fetchFailure(request, deep, state))).toBe(true);
  });

  it("quotes the cause's message as one safe line, and copes with a thrown non-Error", () => {
    const error = fetchFailure(request, fetchFailed(undefined, 'proxy said \u001b[31mno\nway\u0007'), state);
    expect(error.message).toContain('(proxy said no way)');
    expect(controlCharsIn(error.message, { formatting: true })).toEqual([]);
    expect(fetchFailure(request, 'a string', state).message).toContain('(a string)');
  });

  it('an error that is already typed passes through as it is, whatever the state', () => {
    const typed = new InvalidResponseError({ status: 302, request, reason: 'redirect', message: 'redirected' });
    expect(fetchFailure(request, typed, state)).toBe(typed);
    expect(fetchFailure(request, typed, { ...state, aborted: true, timedOut: true })).toBe(typed);
    const base = new HlOrdersError('ours');
    expect(fetchFailure(request, base, { ...state, timedOut: true })).toBe(base);
  });
});

describe('attempt: what goes on the wire', () => {
  it('sends the method, the URL, Authorization, Version, the extra headers and a JSON body with its Content-Type', async () => {
    const { fetch, sent } = recording(() => Response.json({ success: true }, { headers: { 'x-trace': 't-1' } }));
    const t = transport(fetch, { headers: { 'X-Extra': 'yes' } });
    const call: Call = { method: 'POST', path: '/payments/orders/abc/record-payment', body: { altId: 'a', amount: 5 } };
    const answer = await attempt(t, call, limits);
    const [request] = sent;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(`${BASE}/payments/orders/abc/record-payment`);
    expect(request?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(request?.headers.get('version')).toBe('2021-07-28');
    expect(request?.headers.get('x-extra')).toBe('yes');
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(await request?.text()).toBe('{"altId":"a","amount":5}');
    expect(answer).toMatchObject({
      status: 200,
      text: '{"success":true}',
      request: { method: 'POST', url: `${BASE}/payments/orders/abc/record-payment` },
    });
    expect(answer.headers.get('x-trace')).toBe('t-1');
  });

  it('a call without a body sends none, and no Content-Type', async () => {
    const { fetch, sent } = recording();
    await attempt(transport(fetch), list, limits);
    expect(sent[0]?.url).toBe(`${BASE}/payments/orders?altId=loc1`);
    expect(sent[0]?.body).toBeNull();
    expect(sent[0]?.headers.has('content-type')).toBe(false);
  });

  it('its own Authorization and Version win over extra headers of the same name', async () => {
    const { fetch, sent } = recording();
    await attempt(
      transport(fetch, { headers: { Authorization: 'Bearer someone-else', Version: '1999-01-01' } }),
      list,
      {
        ...limits,
      },
    );
    expect(sent[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(sent[0]?.headers.get('version')).toBe('2021-07-28');
  });
});

describe('attempt: redirects', () => {
  it('refuses a redirect without following it: redirect "manual", one request, the body released', async () => {
    const cancel = vi.fn();
    const { fetch, sent } = recording(
      () =>
        new Response(new ReadableStream({ cancel }), {
          status: 302,
          headers: { location: 'https://elsewhere.example/' },
        }),
    );
    const error = await failureOf(attempt(transport(fetch), list, limits));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).reason).toBe('redirect');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.redirect).toBe('manual');
    expect(cancel).toHaveBeenCalled();
  });

  it("with the platform's fetch too: a server on 127.0.0.1 that redirects gets one request", async () => {
    const server = await startFaultServer([
      (_req, res) => {
        res.writeHead(302, { location: '/elsewhere' });
        res.end();
      },
    ]);
    try {
      const t = transport(undefined, { baseUrl: server.url });
      expect(t.nativeFetch).toBe(true);
      const error = await failureOf(attempt(t, list, limits));
      expect((error as InvalidResponseError).reason).toBe('redirect');
      expect(error.message).toContain('a redirect to /elsewhere.');
      expect(server.requests.map((r) => r.url)).toEqual(['/payments/orders?altId=loc1']);
      expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    } finally {
      await server.stop();
    }
  });
});

describe('attempt: deadline, abort and failures', () => {
  it('times out a custom fetch that ignores the signal', async () => {
    const fetch = vi.fn<FetchLike>(() => new Promise<Response>(() => {}));
    const started = Date.now();
    const error = await failureOf(attempt(transport(fetch), list, { ...limits, timeout: 50 }));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error.message).toMatch(/took longer than 50 ms.*Raise `timeout`/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('times out a body that stops arriving, even when the stream ignores the signal', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"data":['));
      },
      pull: () => new Promise<void>(() => {}),
    });
    const error = await failureOf(
      attempt(
        transport(async () => new Response(body)),
        list,
        { ...limits, timeout: 50 },
      ),
    );
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
  });

  it("the caller's abort is an APIUserAbortError, with the caller's reason as its cause", async () => {
    const controller = new AbortController();
    const reason = new Error('user navigated away');
    const fetch = vi.fn<FetchLike>(() => new Promise<Response>(() => {}));
    setTimeout(() => controller.abort(reason), 10);
    const error = await failureOf(attempt(transport(fetch), list, { ...limits, signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error.cause).toBe(reason);
  });

  it('a signal aborted already is an APIUserAbortError, and nothing is sent, even through a custom fetch', async () => {
    const reason = new Error('aborted before the call');
    const { fetch } = recording();
    const error = await failureOf(attempt(transport(fetch), list, { ...limits, signal: AbortSignal.abort(reason) }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error.cause).toBe(reason);
    expect(fetch).not.toHaveBeenCalled();
    expect(neverSent.has(error)).toBe(true);
  });

  it("leaves no listener on the caller's signal once it is done", async () => {
    const { signal } = new AbortController();
    await attempt(transport(recording().fetch), list, { ...limits, signal });
    await failureOf(
      attempt(
        transport(async () => new Response(null, { status: 302 })),
        list,
        { ...limits, signal },
      ),
    );
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });

  it('a refused connection is an APIConnectionError naming the request, marked never sent', async () => {
    const fetch: FetchLike = async () => {
      throw fetchFailed('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1');
    };
    const error = await failureOf(attempt(transport(fetch), list, limits));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toContain(`GET ${BASE}/payments/orders?altId=loc1 got no complete answer`);
    expect(neverSent.has(error)).toBe(true);
  });

  it('a reset while the body arrives is an APIConnectionError that may have been sent', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"data":['));
        controller.error(fetchFailed('ECONNRESET', 'read ECONNRESET'));
      },
    });
    const error = await failureOf(
      attempt(
        transport(async () => new Response(body)),
        list,
        limits,
      ),
    );
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(neverSent.has(error)).toBe(false);
  });
});

describe('attempt: body size', () => {
  it('a success body over maxResponseBytes is an InvalidResponseError, reason too-large', async () => {
    const fetch = async () => new Response('x'.repeat(2048));
    const error = await failureOf(attempt(transport(fetch), list, { ...limits, maxResponseBytes: 1024 }));
    expect((error as InvalidResponseError).reason).toBe('too-large');
    expect(error.message).toContain('a body over 1,024 bytes');
  });

  it('an error body is cut at 64 KiB instead, and still answered', async () => {
    const fetch = async () => new Response('e'.repeat(100 * 1024), { status: 500 });
    const answer = await attempt(transport(fetch), list, limits);
    expect(answer.status).toBe(500);
    expect(answer.text).toHaveLength(64 * 1024);
  });

  it('an error body is cut at maxResponseBytes when that is smaller', async () => {
    const fetch = async () => new Response('e'.repeat(4096), { status: 503 });
    const answer = await attempt(transport(fetch), list, { ...limits, maxResponseBytes: 1024 });
    expect(answer.text).toHaveLength(1024);
  });
});

describe('attempt: the rate limiter', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for a slot before sending', async () => {
    const { fetch, sent } = recording();
    const t = transport(fetch, { rateLimiter: new RateLimiter({ max: 1, intervalMs: 1000, marginMs: 0 }) });
    await attempt(t, list, limits);
    const second = attempt(t, list, limits);
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(second).resolves.toMatchObject({ status: 200 });
    expect(sent).toHaveLength(2);
  });

  it('counts the slot from when the answer arrived, not from when it was sent', async () => {
    let slow = true;
    const { fetch, sent } = recording(async () => {
      if (slow) await new Promise((resolve) => setTimeout(resolve, 500));
      return Response.json({});
    });
    const t = transport(fetch, { rateLimiter: new RateLimiter({ max: 1, intervalMs: 1000, marginMs: 0 }) });
    const first = attempt(t, list, limits);
    await vi.advanceTimersByTimeAsync(500);
    await first;
    slow = false;
    const second = attempt(t, list, limits);
    await vi.advanceTimersByTimeAsync(1499 - 500);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await second;
    expect(sent).toHaveLength(2);
  });

  it('an abort while waiting for a slot is an APIUserAbortError, and nothing is sent', async () => {
    const { fetch, sent } = recording();
    const t = transport(fetch, { rateLimiter: new RateLimiter({ max: 1, intervalMs: 1000, marginMs: 0 }) });
    await attempt(t, list, limits);
    const controller = new AbortController();
    const second = failureOf(attempt(t, list, { ...limits, signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect(await second).toBeInstanceOf(APIUserAbortError);
    expect(sent).toHaveLength(1);
  });

  it('a slot further away than maxWait: a RateLimitError saying it was not sent and when to retry, not retried', async () => {
    const { fetch, sent } = recording();
    const t = transport(fetch, {
      rateLimiter: new RateLimiter({ max: 1, intervalMs: 30_000, marginMs: 0 }),
      maxWait: 1000,
    });
    await attempt(t, list, limits);
    const error = await failureOf(attempt(t, list, limits));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.message).toMatch(
      /^GET \S+ was not sent: the rate limit is spent for another 30 s, longer than maxWait \(1 s\)\. Retry after \d{4}-\d\d-\d\dT.*, or raise maxWait\.$/,
    );
    expect((error as RateLimitError).rateLimit.retryAfterMs).toBe(30_000);
    expect(neverSent.has(error)).toBe(true);
    expect(retryHint(error)).toBeUndefined();
    expect(sent).toHaveLength(1);
  });

  it('a pause the API asked for says so', async () => {
    const limiter = new RateLimiter();
    limiter.update({ retryAfterMs: 20_000 }, 429);
    const { fetch, sent } = recording();
    const error = await failureOf(attempt(transport(fetch, { rateLimiter: limiter, maxWait: 1000 }), list, limits));
    expect(error.message).toContain(
      'was not sent: the API asked the clients sharing this rate limiter to pause for another 20 s',
    );
    expect(sent).toHaveLength(0);
  });

  it('a slot beyond the timeout: an APIConnectionTimeoutError saying so, marked never sent', async () => {
    const { fetch, sent } = recording();
    const t = transport(fetch, { rateLimiter: new RateLimiter({ max: 1, intervalMs: 30_000, marginMs: 0 }) });
    await attempt(t, list, limits);
    const error = await failureOf(attempt(t, list, { ...limits, timeout: 200 }));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error.message).toBe(
      `GET ${BASE}/payments/orders?altId=loc1 would have waited 30 s for a rate-limit slot, more than its 200 ms timeout allows. Raise \`timeout\`, or send fewer requests at once.`,
    );
    expect(neverSent.has(error)).toBe(true);
    expect(sent).toHaveLength(1);
  });
});
