// The operations beyond listing, with an injected fetch: what goes on the
// wire, what comes back, and the rule that matters most for writes: never
// repeated once they may have reached the API.
import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  createCoreClient,
  createOrdersClient,
  type FetchLike,
  getOrder,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  type OrdersClientOptions,
  RateLimitError,
  ValidationError,
} from '../src/index.js';

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

/** A fetch that answers from a script, one entry per request, and records what it was sent. */
function scripted(...answers: (() => Response | Promise<Response>)[]) {
  const sent: { method: string; url: URL; body: unknown; headers: Headers }[] = [];
  const fetch: FetchLike = async (request) => {
    const text = await request.text();
    sent.push({
      method: request.method,
      url: new URL(request.url),
      body: text ? JSON.parse(text) : undefined,
      headers: request.headers,
    });
    const answer = answers[Math.min(sent.length - 1, answers.length - 1)];
    return answer ? answer() : Response.json({});
  };
  return { fetch, sent };
}

const client = (fetch: FetchLike, options: Partial<OrdersClientOptions> = {}) =>
  createOrdersClient({ token: 'secret-token', fetch, rateLimiter: false, ...options });

const fail = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e as Error,
  );

describe('reads', () => {
  it('get: the order id in the path, altType filled in, numbers sent as strings coerced, nested ones too', async () => {
    const { fetch, sent } = scripted(() =>
      Response.json({ ...order, amount: '42.5', liveMode: 'false', amountSummary: { subtotal: '40', discount: '0' } }),
    );
    const detail = await client(fetch).orders.get(ORDER_ID, { altId });
    expect(sent[0]?.url.pathname).toBe(`/payments/orders/${ORDER_ID}`);
    expect(Object.fromEntries(sent[0]!.url.searchParams)).toEqual({ altId, altType: 'location' });
    expect(detail.amount).toBe(42.5);
    expect(detail.liveMode).toBe(false);
    expect(detail.amountSummary).toEqual({ subtotal: 40, discount: 0 });
  });

  it('get: a malformed order id is refused before anything is sent, and no id can reach another path', async () => {
    const { fetch, sent } = scripted();
    for (const id of ['not-an-id', '../../payments/orders', `${ORDER_ID}?altId=x`, '']) {
      const error = await fail(client(fetch).orders.get(id, { altId }));
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe('orderId');
    }
    expect(sent).toHaveLength(0);
  });

  it('get: an unknown order is a NotFoundError carrying the live body', async () => {
    const body = { status: 404, message: 'Order not found', name: 'NotFoundException', traceId: 't-1' };
    const error = await fail(
      client(scripted(() => Response.json(body, { status: 404 })).fetch).orders.get(ORDER_ID, { altId }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).body).toEqual(body);
    expect(error.message).toMatch(/404: Order not found/);
  });

  it('get: an answer without _id breaks the contract', async () => {
    const error = await fail(client(scripted(() => Response.json({ altId })).fetch).orders.get(ORDER_ID, { altId }));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).reason).toBe('contract');
  });

  it('fulfillments and notes: their paths; notes take whatever JSON the API sends (no schema is documented)', async () => {
    const { fetch, sent } = scripted(
      () => Response.json({ status: true, data: [] }),
      () => Response.json({ anything: ['goes'] }),
    );
    const c = client(fetch);
    await c.orders.fulfillments.list(ORDER_ID, { altId });
    expect(await c.orders.notes.list(ORDER_ID, { altId })).toEqual({ anything: ['goes'] });
    expect(sent.map((s) => `${s.method} ${s.url.pathname}`)).toEqual([
      `GET /payments/orders/${ORDER_ID}/fulfillments`,
      `GET /payments/orders/${ORDER_ID}/notes`,
    ]);
  });

  it('reads are retried after a 5xx', async () => {
    const { fetch, sent } = scripted(
      () => Response.json({ message: 'down' }, { status: 503, headers: { 'retry-after': '0.001' } }),
      () => Response.json(order),
    );
    await client(fetch).orders.get(ORDER_ID, { altId });
    expect(sent).toHaveLength(2);
  });

  it('the operation functions work on a core without the resource object', async () => {
    const { fetch } = scripted(() => Response.json(order));
    const core = createCoreClient({ token: 'secret-token', fetch, rateLimiter: false });
    expect((await getOrder(core, ORDER_ID, { altId }))._id).toBe(ORDER_ID);
  });
});

describe('writes', () => {
  const payment = { altId, mode: 'cash' as const, amount: 25, isPartialPayment: true };

  it('record a payment: POST with the JSON body, altType filled in', async () => {
    const { fetch, sent } = scripted(() => Response.json({ success: true }));
    expect(await client(fetch).orders.recordPayment(ORDER_ID, payment)).toEqual({ success: true });
    expect(sent[0]?.method).toBe('POST');
    expect(sent[0]?.url.pathname).toBe(`/payments/orders/${ORDER_ID}/record-payment`);
    expect(sent[0]?.body).toEqual({ ...payment, altType: 'location' });
    expect(sent[0]?.headers.get('content-type')).toBe('application/json');
  });

  it.each([
    ['a mode the API does not know', { altId, mode: 'bitcoin' }, 'mode'],
    ['a misspelt field', { altId, mode: 'cash', amout: 5 }, 'amout'],
    ['no altId', { mode: 'cash' }, 'altId'],
    ['an amount of 0', { altId, mode: 'cash', amount: 0 }, 'amount'],
  ])('a body with %s is refused before anything is sent', async (_, body, field) => {
    const { fetch, sent } = scripted();
    const error = await fail(client(fetch).orders.recordPayment(ORDER_ID, body as never));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
    expect(sent).toHaveLength(0);
  });

  it('a fulfillment item with qty 0 is refused, naming the item', async () => {
    const { fetch, sent } = scripted();
    const error = await fail(
      client(fetch).orders.fulfillments.create(ORDER_ID, {
        altId,
        items: [
          { priceId: 'p1', qty: 1 },
          { priceId: 'p2', qty: 0 },
        ],
        trackings: [],
        notifyCustomer: false,
      }),
    );
    expect((error as ValidationError).field).toBe('items[1].qty');
    expect(sent).toHaveLength(0);
  });

  it.each([
    [
      'a 503',
      () => Response.json({ message: 'busy' }, { status: 503, headers: { 'retry-after': '0.001' } }),
      InternalServerError,
    ],
    [
      'a reset after sending',
      () =>
        Promise.reject(
          new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) }),
        ),
      APIConnectionError,
    ],
  ])('after %s it is NOT retried, and says the payment may have been recorded', async (_, answer, Class) => {
    const { fetch, sent } = scripted(answer, () => Response.json({ success: true }));
    const error = await fail(client(fetch, { maxRetries: 5 }).orders.recordPayment(ORDER_ID, payment));
    expect(error).toBeInstanceOf(Class);
    expect(sent).toHaveLength(1);
    expect((error as InternalServerError).writeOutcome).toBe('unknown');
    expect(error.message).toMatch(/may have been applied.*not retried.*idempotency.*client\.orders\.get/);
  });

  it('after a timeout it is not retried either', async () => {
    const { fetch, sent } = scripted(() => new Promise<Response>(() => {}));
    const error = await fail(client(fetch, { maxRetries: 3, timeout: 100 }).orders.recordPayment(ORDER_ID, payment));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(sent).toHaveLength(1);
    expect((error as APIConnectionTimeoutError).writeOutcome).toBe('unknown');
  });

  it('after a 429 (not processed) or a refused connection (never sent) it is retried', async () => {
    const { fetch, sent } = scripted(
      () => Response.json({ message: 'slow down' }, { status: 429, headers: { 'retry-after': '0.001' } }),
      () =>
        Promise.reject(
          new TypeError('fetch failed', {
            cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
          }),
        ),
      () => Response.json({ success: true }),
    );
    const c = client(fetch, { maxRetries: 2 });
    // The refused connection is retried after a backoff of up to 0.5 s.
    expect(await c.orders.recordPayment(ORDER_ID, payment)).toEqual({ success: true });
    expect(sent).toHaveLength(3);
  });

  it('a 429 that keeps coming ends as a RateLimitError, never as a possibly-applied write', async () => {
    const { fetch } = scripted(() => Response.json({}, { status: 429, headers: { 'retry-after': '0.001' } }));
    const error = await fail(client(fetch, { maxRetries: 1 }).orders.recordPayment(ORDER_ID, payment));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).writeOutcome).toBeUndefined();
  });

  it('a 401 or 403 names the scope this write needs, not the read scope', async () => {
    const { fetch } = scripted(() => Response.json({ statusCode: 403, message: 'Forbidden' }, { status: 403 }));
    const error = await fail(client(fetch).orders.recordPayment(ORDER_ID, payment));
    expect(error.message).toContain('payments/orders.collectPayment');
    expect(error.message).not.toContain('payments/orders.readonly');
  });

  it('a 2xx whose answer is unreadable was applied: it says so, and is not repeated', async () => {
    const { fetch, sent } = scripted(() => new Response('<html>ok</html>', { status: 200 }));
    const error = await fail(
      client(fetch, { maxRetries: 3 }).orders.fulfillments.create(ORDER_ID, {
        altId,
        items: [{ priceId: 'p', qty: 1 }],
        trackings: [],
        notifyCustomer: true,
      }),
    );
    expect(sent).toHaveLength(1);
    expect((error as InvalidResponseError).writeOutcome).toBe('applied');
    expect(error.message).toMatch(/was applied.*do not send it again/);
  });
});
