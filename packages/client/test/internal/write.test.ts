// The retry rule of writes, case by case: once a write may have reached the
// API it is never sent again (the API has no idempotency keys), and its error
// says whether it was applied; only what provably was not processed (a 429, a
// connection that never opened) is retried. And the body is checked against
// the spec before anything is sent. The client-level stories are in
// test/operations.test.ts; this is the rule itself, one row per outcome.
import { createOrderFulfillmentOperation, type OperationFacts, recordOrderPaymentOperation } from '@hl-orders/types';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  BadRequestError,
  createCoreClient,
  type FetchLike,
  type HlOrdersError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  type OrdersClientOptions,
  RateLimitError,
  RateLimiter,
  UnprocessableEntityError,
  ValidationError,
} from '../../src/index.js';
import type { RequestOptions } from '../../src/internal/operation.js';
import { callWrite } from '../../src/internal/write.js';
import { everythingAbout, leaks } from '../support/token-windows.js';

const TOKEN = 'pit-write-0000-1111-2222-333344445555';
const ORDER_ID = '653f5e0cde5a13b0e6f6a1b2';
const altId = 'loc1';
const payment = { altId, mode: 'cash', amount: 12.5 };
const fulfillment = { altId, items: [{ priceId: 'price-1', qty: 2 }], trackings: [], notifyCustomer: false };

type Answer = () => Response | Promise<Response>;

/** A fetch that answers from a script (the last answer repeats) and records the JSON body of each request. */
function scripted(...answers: Answer[]) {
  const bodies: unknown[] = [];
  const fetch = vi.fn<FetchLike>(async (request) => {
    const text = await request.text();
    bodies.push(text ? JSON.parse(text) : undefined);
    const answer = answers[Math.min(bodies.length - 1, answers.length - 1)];
    return answer ? answer() : Response.json({ success: true });
  });
  return { fetch, bodies };
}

const core = (fetch: FetchLike, options: Partial<OrdersClientOptions> = {}) =>
  createCoreClient({ token: TOKEN, fetch, rateLimiter: false, ...options });

function recordPayment(fetch: FetchLike, body: unknown = payment, opts?: RequestOptions, options = {}) {
  return callWrite(core(fetch, options), recordOrderPaymentOperation, { path: { orderId: ORDER_ID }, body }, opts);
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as HlOrdersError,
  );

const failedFetch = (code: string, message: string) => () =>
  Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) }));

const MAY_HAVE_BEEN_APPLIED =
  'The record-order-payment request may have been applied: it reached the API, or may have, before this failure. It was not retried, because the API has no idempotency keys and a repeat could apply it twice. Get the order (client.orders.get) to check before sending it again.';

beforeEach(() => {
  // A connection that never opened is retried after a jittered backoff: make it 0.
  vi.spyOn(Math, 'random').mockReturnValue(0);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('callWrite: what may have reached the API is not sent again', () => {
  it.each<[string, Answer, new (...args: never[]) => HlOrdersError]>([
    [
      'a 503',
      () => Response.json({ message: 'busy' }, { status: 503, headers: { 'retry-after': '0.001' } }),
      InternalServerError,
    ],
    [
      'a 500 from a proxy',
      () => new Response('<html>Internal Server Error</html>', { status: 500 }),
      InternalServerError,
    ],
    ['a timeout', () => new Promise<Response>(() => {}), APIConnectionTimeoutError],
    ['a reset after sending', failedFetch('ECONNRESET', 'read ECONNRESET'), APIConnectionError],
    ['a socket closed by the other side', failedFetch('UND_ERR_SOCKET', 'other side closed'), APIConnectionError],
  ])("after %s: one request, writeOutcome 'unknown', and a message to get the order first", async (_, first, Class) => {
    const { fetch } = scripted(first, () => Response.json({ success: true }));
    const error = await failureOf(recordPayment(fetch, payment, { maxRetries: 5, timeout: 50 }));
    expect(error).toBeInstanceOf(Class);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(error.writeOutcome).toBe('unknown');
    expect(error.message.endsWith(MAY_HAVE_BEEN_APPLIED)).toBe(true);
    expect(error.attempts).toBe(1);
  });

  it.each<[string, Answer, number]>([
    ['a 200 that is not JSON', () => new Response('<html>ok</html>'), 200],
    ['a 201 that breaks the contract', () => Response.json({ recorded: 'yes' }, { status: 201 }), 201],
    ['a 200 over maxResponseBytes', () => new Response(`{"success":true,"pad":"${'x'.repeat(4096)}"}`), 200],
  ])("after %s: one request, writeOutcome 'applied', and a message not to send it again", async (_, first, status) => {
    const { fetch } = scripted(first, () => Response.json({ success: true }));
    const error = await failureOf(recordPayment(fetch, payment, { maxRetries: 5, maxResponseBytes: 1024 }));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(error.writeOutcome).toBe('applied');
    expect(error.message).toContain(
      `The record-order-payment request was applied (the API answered ${status}), but its answer could not be read: get the order to see the result; do not send it again.`,
    );
  });

  it.each<[string, Answer, new (...args: never[]) => HlOrdersError]>([
    ['a 400', () => Response.json({ message: 'bad' }, { status: 400 }), BadRequestError],
    ['a 404', () => Response.json({ message: 'Order not found' }, { status: 404 }), NotFoundError],
    ['a 422', () => Response.json({ message: ['amount too high'] }, { status: 422 }), UnprocessableEntityError],
    ['a 409', () => Response.json({ message: 'already paid' }, { status: 409 }), APIError],
    [
      'a 429 for a spent daily budget',
      () => Response.json({}, { status: 429, headers: { 'x-ratelimit-daily-remaining': '0' } }),
      RateLimitError,
    ],
    [
      'a redirect',
      () => new Response(null, { status: 302, headers: { location: 'https://elsewhere.example/' } }),
      InvalidResponseError,
    ],
  ])('after %s (refused, not applied): one request, no writeOutcome', async (_, first, Class) => {
    const { fetch } = scripted(first, () => Response.json({ success: true }));
    const error = await failureOf(recordPayment(fetch, payment, { maxRetries: 5 }));
    expect(error).toBeInstanceOf(Class);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(error.writeOutcome).toBeUndefined();
    expect(error.message).not.toMatch(/may have been applied|was applied/);
  });
});

describe('callWrite: the caller cancelling', () => {
  it('before anything was sent: nothing goes out, even through a fetch that ignores signals, and no writeOutcome', async () => {
    const { fetch } = scripted();
    const error = await failureOf(recordPayment(fetch, payment, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(fetch).not.toHaveBeenCalled();
    expect(error.writeOutcome).toBeUndefined();
  });

  it('once the write was sent: it may have been applied, and the error says so', async () => {
    const controller = new AbortController();
    const fetch = vi.fn<FetchLike>(() => {
      setTimeout(() => controller.abort(), 5);
      return new Promise<Response>(() => {});
    });
    const error = await failureOf(recordPayment(fetch, payment, { signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error.writeOutcome).toBe('unknown');
    expect(error.message).toContain(MAY_HAVE_BEEN_APPLIED);
  });

  it('while waiting to retry a write the API refused with 429: it was not applied, no writeOutcome', async () => {
    const controller = new AbortController();
    const { fetch } = scripted(() => {
      setTimeout(() => controller.abort(), 5);
      return new Response('{}', { status: 429, headers: { 'retry-after': '30' } });
    });
    const error = await failureOf(recordPayment(fetch, payment, { signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(error.writeOutcome).toBeUndefined();
  });
});

describe('callWrite: what provably was not processed is retried', () => {
  it.each<[string, Answer]>([
    [
      'a 429 (burst)',
      () => Response.json({ message: 'slow down' }, { status: 429, headers: { 'retry-after': '0.001' } }),
    ],
    ['a refused connection', failedFetch('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.1:443')],
    ['a host that does not resolve', failedFetch('ENOTFOUND', 'getaddrinfo ENOTFOUND services.leadconnectorhq.com')],
    ['a connect timeout', failedFetch('UND_ERR_CONNECT_TIMEOUT', 'Connect Timeout Error')],
  ])('after %s it is sent again, the same body, and succeeds', async (_, first) => {
    const { fetch, bodies } = scripted(first, () => Response.json({ success: true }));
    expect(await recordPayment(fetch, payment, { maxRetries: 1 })).toEqual({ success: true });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(bodies[1]).toEqual(bodies[0]);
  });

  it('a refusal that keeps coming ends as itself after maxRetries, with no writeOutcome', async () => {
    const { fetch } = scripted(failedFetch('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.1:443'));
    const error = await failureOf(recordPayment(fetch, payment, { maxRetries: 2 }));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(error.attempts).toBe(3);
    expect(error.writeOutcome).toBeUndefined();
  });

  it('a write the rate limiter held back was never sent: a RateLimitError, no writeOutcome', async () => {
    const limiter = new RateLimiter();
    limiter.update({ retryAfterMs: 30_000 }, 429);
    const { fetch } = scripted();
    const error = await failureOf(recordPayment(fetch, payment, {}, { rateLimiter: limiter, maxWait: 1000 }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.message).toContain('was not sent');
    expect(error.writeOutcome).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('callWrite: the body is checked before anything is sent', () => {
  it.each<[string, OperationFacts, unknown, string]>([
    ['no body at all', recordOrderPaymentOperation, undefined, 'body'],
    ['a string for a body', recordOrderPaymentOperation, JSON.stringify(payment), 'body'],
    ['a list for a body', recordOrderPaymentOperation, [payment], 'body'],
    [
      'card digits that are not four digits',
      recordOrderPaymentOperation,
      { ...payment, mode: 'card', card: { type: 'visa', last4: '12a4' } },
      'card.last4',
    ],
    [
      'a card without its type',
      recordOrderPaymentOperation,
      { ...payment, mode: 'card', card: { last4: '1234' } },
      'card.type',
    ],
    [
      'a cheque without its number',
      recordOrderPaymentOperation,
      { ...payment, mode: 'cheque', cheque: {} },
      'cheque.number',
    ],
    ['notes that are a number', recordOrderPaymentOperation, { ...payment, notes: 42 }, 'notes'],
    [
      'a partial-payment flag that is a string',
      recordOrderPaymentOperation,
      { ...payment, isPartialPayment: 'yes' },
      'isPartialPayment',
    ],
    ['a fulfillment without items', createOrderFulfillmentOperation, { ...fulfillment, items: [] }, 'items'],
    [
      'a fractional quantity',
      createOrderFulfillmentOperation,
      { ...fulfillment, items: [{ priceId: 'p', qty: 1.5 }] },
      'items[0].qty',
    ],
    [
      'trackings that are not a list',
      createOrderFulfillmentOperation,
      { ...fulfillment, trackings: 'UPS' },
      'trackings',
    ],
    [
      'no notifyCustomer',
      createOrderFulfillmentOperation,
      { altId, items: fulfillment.items, trackings: [] },
      'notifyCustomer',
    ],
  ])('%s: a ValidationError naming the field, fetch never called', async (_, op, body, field) => {
    const { fetch } = scripted();
    const error = await failureOf(callWrite(core(fetch), op, { path: { orderId: ORDER_ID }, body }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('fills in altType, and sends the body as checked', async () => {
    const { fetch, bodies } = scripted(() => Response.json({ status: true, data: {} }));
    await callWrite(core(fetch), createOrderFulfillmentOperation, { path: { orderId: ORDER_ID }, body: fulfillment });
    expect(bodies[0]).toEqual({ ...fulfillment, altType: 'location' });
  });

  it('with altType turned off on the client, a body without it is refused, and one with it is sent as is', async () => {
    const { fetch, bodies } = scripted();
    const error = await failureOf(recordPayment(fetch, payment, {}, { altType: null }));
    expect((error as ValidationError).field).toBe('altType');
    expect(error.message).toBe('altType is required.');
    expect(fetch).not.toHaveBeenCalled();
    await recordPayment(fetch, { ...payment, altType: 'location' }, {}, { altType: null });
    expect(bodies).toEqual([{ ...payment, altType: 'location' }]);
  });

  it('a refused body that holds the token does not repeat it', async () => {
    const { fetch } = scripted();
    const error = await failureOf(recordPayment(fetch, { ...payment, mode: TOKEN }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(leaks(everythingAbout(error), TOKEN)).toEqual([]);
  });
});
