// The pipeline every operation shares, driven by the facts generated from the
// spec: the input checked before anything is sent, the path filled in
// encoded, altType added where the operation has it, the answer checked
// against the contract, what is safe retried, and the error redacted.
import {
  getOrderByIdOperation,
  listOrderFulfillmentOperation,
  listOrderNotesOperation,
  listOrdersOperation,
  type OperationFacts,
  recordOrderPaymentOperation,
} from '@hl-orders/types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  APIConnectionError,
  AuthenticationError,
  ConfigurationError,
  createCoreClient,
  type FetchLike,
  InternalServerError,
  InvalidResponseError,
  type OrdersClientOptions,
  type RetryEvent,
  ValidationError,
} from '../../src/index.js';
import { callOperation, type OperationInput, type RequestOptions } from '../../src/internal/operation.js';
import { everythingAbout, leaks } from '../support/token-windows.js';

const TOKEN = 'pit-operation-0000-1111-2222-333344445555';
const ORDER_ID = '653f5e0cde5a13b0e6f6a1b2';
const altId = 'loc1';
const order = {
  _id: ORDER_ID,
  altId,
  altType: 'location',
  status: 'completed',
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
};

/** A fetch that answers from a script (the last answer repeats) and records the URL of each request. */
function scripted(...answers: (() => Response | Promise<Response>)[]) {
  const urls: URL[] = [];
  const fetch = vi.fn<FetchLike>(async (request) => {
    urls.push(new URL(request.url));
    const answer = answers[Math.min(urls.length - 1, answers.length - 1)];
    return answer ? answer() : Response.json({});
  });
  return { fetch, urls };
}

const core = (fetch: FetchLike, options: Partial<OrdersClientOptions> = {}) =>
  createCoreClient({ token: TOKEN, fetch, rateLimiter: false, ...options });

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as Error,
  );

afterEach(() => {
  vi.restoreAllMocks();
});

describe('callOperation: the path', () => {
  // The generated facts refuse these ids by their pattern; an operation whose id
  // takes any string shows the encoding that backs that up.
  const anyId: OperationFacts = {
    ...getOrderByIdOperation,
    pathParams: { orderId: { required: true, schema: { type: 'string', minLength: 1 } } },
  };

  it.each([
    ['a slash', 'abc/../../locations'],
    ['a question mark', 'abc?altId=someone-else'],
    ['a hash', 'abc#fragment'],
    ['a percent sign', '100%25'],
    ['a space', 'a b'],
  ])('an id with %s stays one encoded path segment and cannot change the query', async (_, id) => {
    const { fetch, urls } = scripted(() => Response.json(order));
    await callOperation(core(fetch), anyId, { path: { orderId: id }, query: { altId } });
    const [url] = urls;
    expect(url?.pathname).toBe(`/payments/orders/${encodeURIComponent(id)}`);
    expect(decodeURIComponent(url?.pathname.split('/')[3] ?? '')).toBe(id);
    expect(url?.hash).toBe('');
    expect(Object.fromEntries(url?.searchParams ?? [])).toEqual({ altId, altType: 'location' });
  });
});

describe('callOperation: an id that is a dot segment', () => {
  const anyId: OperationFacts = {
    ...getOrderByIdOperation,
    pathParams: { orderId: { required: true, schema: { type: 'string', minLength: 1 } } },
  };

  it.each(['.', '..'])('%j is refused before anything is sent: a URL would resolve it to another path', async (id) => {
    const { fetch } = scripted(() => Response.json(order));
    const error = await callOperation(core(fetch), anyId, { path: { orderId: id }, query: { altId } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field: 'orderId', value: id });
    expect((error as Error).message).toBe(`orderId is not an id (it would change the path) (got "${id}").`);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('callOperation: nothing is sent when the input fails', () => {
  it.each<
    [string, OperationFacts, OperationInput, RequestOptions, new (...args: never[]) => Error, string | undefined]
  >([
    [
      'an order id the pattern refuses',
      getOrderByIdOperation,
      { path: { orderId: 'xyz' }, query: { altId } },
      {},
      ValidationError,
      'orderId',
    ],
    ['no order id', getOrderByIdOperation, { path: {}, query: { altId } }, {}, ValidationError, 'orderId'],
    ['no altId', getOrderByIdOperation, { path: { orderId: ORDER_ID }, query: {} }, {}, ValidationError, 'altId'],
    [
      'path parameters that are not an object',
      getOrderByIdOperation,
      { path: 'x' as never, query: { altId } },
      {},
      ValidationError,
      'path',
    ],
    [
      'an unknown query parameter',
      listOrdersOperation,
      { query: { altId, colour: 'red' } },
      {},
      ValidationError,
      'colour',
    ],
    ['a limit over 100', listOrdersOperation, { query: { altId, limit: 500 } }, {}, ValidationError, 'limit'],
    [
      'a date that is no date',
      listOrdersOperation,
      { query: { altId, startAt: '2024-02-30' } },
      {},
      ValidationError,
      'startAt',
    ],
    [
      'a per-call timeout of 0',
      listOrdersOperation,
      { query: { altId } },
      { timeout: 0 },
      ConfigurationError,
      undefined,
    ],
    ['maxRetries of 11', listOrdersOperation, { query: { altId } }, { maxRetries: 11 }, ConfigurationError, undefined],
    [
      'maxResponseBytes under 1 kB',
      listOrdersOperation,
      { query: { altId } },
      { maxResponseBytes: 10 },
      ConfigurationError,
      undefined,
    ],
  ])('%s', async (_, op, input, opts, Class, field) => {
    const { fetch } = scripted(() => Response.json(order));
    const error = await failureOf(callOperation(core(fetch), op, input, opts));
    expect(error).toBeInstanceOf(Class);
    if (field) expect((error as ValidationError).field).toBe(field);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('callOperation: altType', () => {
  it('is added to the query of an operation that has the parameter', async () => {
    const { fetch, urls } = scripted(() => Response.json({ data: [], totalCount: 0 }));
    await callOperation(core(fetch), listOrdersOperation, { query: { altId } });
    expect(Object.fromEntries(urls[0]!.searchParams)).toEqual({ altId, altType: 'location' });
  });

  it("the caller's own altType wins, and is sent once", async () => {
    // The spec allows only 'location' today; a wider enum shows whose value is sent.
    const wider: OperationFacts = {
      ...listOrdersOperation,
      query: {
        ...listOrdersOperation.query,
        altType: { required: false, schema: { type: 'string', enum: ['location', 'agency'] } },
      },
    };
    const { fetch, urls } = scripted(() => Response.json({ data: [], totalCount: 0 }));
    await callOperation(core(fetch), wider, { query: { altId, altType: 'agency' } });
    expect(urls[0]!.searchParams.getAll('altType')).toEqual(['agency']);
  });

  it('is not added when the client turned it off', async () => {
    const { fetch, urls } = scripted(() => Response.json({ data: [], totalCount: 0 }));
    await callOperation(core(fetch, { altType: null }), listOrdersOperation, { query: { altId } });
    expect(urls[0]!.searchParams.has('altType')).toBe(false);
  });

  it('is not added to the query of an operation without that parameter', async () => {
    const { fetch, urls } = scripted(() => Response.json({ success: true }));
    const body = { altId, altType: 'location', mode: 'cash' };
    await callOperation(core(fetch), recordOrderPaymentOperation, { path: { orderId: ORDER_ID }, body });
    expect(urls[0]!.search).toBe('');
  });
});

describe('callOperation: the contract of a 2xx', () => {
  it.each<[string, OperationFacts, OperationInput, unknown, string]>([
    [
      'an order without _id',
      getOrderByIdOperation,
      { path: { orderId: ORDER_ID }, query: { altId } },
      { ...order, _id: undefined },
      'a body without `_id`',
    ],
    [
      'an order with an empty _id',
      getOrderByIdOperation,
      { path: { orderId: ORDER_ID }, query: { altId } },
      { ...order, _id: '' },
      'an order without an `_id`',
    ],
    [
      'a list instead of an order',
      getOrderByIdOperation,
      { path: { orderId: ORDER_ID }, query: { altId } },
      [order],
      'a body that is not a JSON object',
    ],
    [
      'null',
      getOrderByIdOperation,
      { path: { orderId: ORDER_ID }, query: { altId } },
      null,
      'a body that is not a JSON object',
    ],
    ['a page without data', listOrdersOperation, { query: { altId } }, { totalCount: 3 }, 'a body without `data`'],
    [
      'a page whose data is not a list',
      listOrdersOperation,
      { query: { altId } },
      { data: { 0: order }, totalCount: 1 },
      'a body without a `data` array',
    ],
    [
      'a page with an order without _id',
      listOrdersOperation,
      { query: { altId } },
      { data: [order, { ...order, _id: undefined }], totalCount: 2 },
      'an order without an `_id` (index 1 of `data`)',
    ],
    [
      'fulfillments without status',
      listOrderFulfillmentOperation,
      { path: { orderId: ORDER_ID }, query: { altId } },
      { data: [] },
      'a body without `status`',
    ],
  ])("%s: InvalidResponseError reason 'contract', not retried", async (_, op, input, body, problem) => {
    const { fetch } = scripted(() => Response.json(body));
    const error = await failureOf(callOperation(core(fetch, { maxRetries: 3 }), op, input));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).reason).toBe('contract');
    expect((error as InvalidResponseError).status).toBe(200);
    expect(error.message).toContain(`answered 200 with ${problem}, which the contract forbids`);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('an operation whose answer is not documented takes whatever JSON comes', async () => {
    const { fetch } = scripted(() => Response.json(['anything', 1]));
    const input = { path: { orderId: ORDER_ID }, query: { altId } };
    expect(await callOperation(core(fetch), listOrderNotesOperation, input)).toEqual(['anything', 1]);
  });
});

describe('callOperation: retries', () => {
  const input = { path: { orderId: ORDER_ID }, query: { altId } };

  it('a GET is retried on 503 and succeeds, telling onRetry', async () => {
    const retries: RetryEvent[] = [];
    const { fetch } = scripted(
      () => Response.json({ message: 'down' }, { status: 503, headers: { 'retry-after': '0.001' } }),
      () => Response.json(order),
    );
    const result = await callOperation(core(fetch, { onRetry: (e) => retries.push(e) }), getOrderByIdOperation, input);
    expect(result).toEqual(order);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatchObject({ retry: 1, delayMs: 1 });
    expect(retries[0]?.error).toBeInstanceOf(InternalServerError);
  });

  it.each([
    ['a 200 that is not JSON', () => new Response('<html>proxy</html>')],
    [
      'a reset connection',
      () =>
        Promise.reject(
          new TypeError('fetch failed', { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) }),
        ),
    ],
  ])('a GET is retried after %s', async (_, first) => {
    vi.spyOn(Math, 'random').mockReturnValue(0); // no backoff wait
    const { fetch } = scripted(first, () => Response.json(order));
    expect(await callOperation(core(fetch), getOrderByIdOperation, input)).toEqual(order);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('gives up after the per-call maxRetries, with the attempt count', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const { fetch } = scripted(() =>
      Promise.reject(
        new TypeError('fetch failed', { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) }),
      ),
    );
    const error = await failureOf(
      callOperation(core(fetch, { maxRetries: 5 }), getOrderByIdOperation, input, { maxRetries: 1 }),
    );
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(error.message).toMatch(/gave up after 2 attempts/);
  });
});

describe('callOperation: what comes back', () => {
  const input = { path: { orderId: ORDER_ID }, query: { altId } };

  it('numbers sent as strings are coerced by the operation’s facts, unless normalize is off', async () => {
    const answer = () => Response.json({ ...order, amount: '42.5', liveMode: 'true' });
    const coerced = await callOperation<{ amount: unknown; liveMode: unknown }>(
      core(scripted(answer).fetch),
      getOrderByIdOperation,
      input,
    );
    expect(coerced).toMatchObject({ amount: 42.5, liveMode: true });
    const raw = await callOperation<{ amount: unknown }>(
      core(scripted(answer).fetch, { normalize: false }),
      getOrderByIdOperation,
      input,
    );
    expect(raw).toMatchObject({ amount: '42.5', liveMode: 'true' });
  });

  it('an error body echoing the token leaves the pipeline redacted, message, body and all', async () => {
    const { fetch } = scripted(() =>
      Response.json({ statusCode: 401, message: `Invalid token ${TOKEN}`, echo: `Bearer ${TOKEN}` }, { status: 401 }),
    );
    const error = await failureOf(callOperation(core(fetch), getOrderByIdOperation, input));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(leaks(everythingAbout(error), TOKEN)).toEqual([]);
  });
});
