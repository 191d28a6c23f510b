// The middlewares of the raw typed calls: Authorization and Version on every
// request, and altType=location where the caller left it out and did not turn
// it off. Seen from an injected fetch, as the API would see them.
import { describe, expect, it } from 'vitest';
import { createOrdersClient, type FetchLike, type OrdersClientOptions } from '../../src/index.js';

const TOKEN = 'pit-5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';
const ORDER_ID = '653f5e0cde5a13b0e6f6a1b2';

function raw(options: Partial<OrdersClientOptions> = {}) {
  const sent: Request[] = [];
  const fetch: FetchLike = async (request) => {
    sent.push(request);
    return Response.json({ data: [], totalCount: 0 });
  };
  return { client: createOrdersClient({ token: TOKEN, fetch, ...options }), sent };
}

const query = (request: Request | undefined) => new URL(request?.url ?? 'about:blank').searchParams;

describe('authorization and version', () => {
  it('every raw request carries the token and the Version header, GET and POST alike', async () => {
    const { client, sent } = raw();
    await client.GET('/payments/orders', { params: { query: { altId: 'loc1' } } });
    await client.GET('/payments/orders/{orderId}/notes', {
      params: { path: { orderId: ORDER_ID }, query: { altId: 'loc1', altType: 'location' } },
    });
    await client.POST('/payments/orders/{orderId}/record-payment', {
      params: { path: { orderId: ORDER_ID } },
      body: { altId: 'loc1', altType: 'location', mode: 'cash', amount: 5, isPartialPayment: true },
    });
    expect(sent).toHaveLength(3);
    for (const request of sent) {
      expect(request.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
      expect(request.headers.get('version')).toBe('2021-07-28');
    }
  });

  it('the client’s own Authorization and Version win over any the caller sets, per call or for every call', async () => {
    const { client, sent } = raw({ headers: { Authorization: 'Bearer someone-else', Version: '2023-02-21' } });
    await client.GET('/payments/orders', {
      params: { query: { altId: 'loc1' } },
      headers: { Authorization: 'Bearer per-call', Version: '1999-01-01' },
    });
    expect(sent[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(sent[0]?.headers.get('version')).toBe('2021-07-28');
  });

  it('a middleware the caller registers sees the request as it will be sent', async () => {
    const { client } = raw();
    const seen: Array<string | null> = [];
    client.use({
      onRequest({ request }) {
        seen.push(request.headers.get('version'), new URL(request.url).searchParams.get('altType'));
        return undefined;
      },
    });
    await client.GET('/payments/orders', { params: { query: { altId: 'loc1' } } });
    expect(seen).toEqual(['2021-07-28', 'location']);
  });
});

describe('altType', () => {
  it('is added as location to a raw call that left it out', async () => {
    const { client, sent } = raw();
    await client.GET('/payments/orders', { params: { query: { altId: 'loc1', limit: 5 } } });
    expect([...query(sent[0])]).toEqual([
      ['altId', 'loc1'],
      ['limit', '5'],
      ['altType', 'location'],
    ]);
  });

  it('is left as the caller set it, and never sent twice', async () => {
    const { client, sent } = raw();
    await client.GET('/payments/orders', { params: { query: { altId: 'loc1', altType: 'agency' as never } } });
    await client.GET('/payments/orders', { params: { query: { altId: 'loc1', altType: 'location' } } });
    expect(query(sent[0]).getAll('altType')).toEqual(['agency']);
    expect(query(sent[1]).getAll('altType')).toEqual(['location']);
  });

  it('is not sent at all when turned off with altType: null', async () => {
    const { client, sent } = raw({ altType: null });
    await client.GET('/payments/orders', { params: { query: { altId: 'loc1' } } });
    expect(query(sent[0]).has('altType')).toBe(false);
    expect(sent[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it('adding it keeps the rest of the request: method, JSON body, headers, and redirects refused', async () => {
    const { client, sent } = raw({ headers: { 'X-Trace': 'abc' } });
    const body = {
      altId: 'loc1',
      altType: 'location' as const,
      mode: 'cash' as const,
      amount: 5,
      isPartialPayment: true,
    };
    await client.POST('/payments/orders/{orderId}/record-payment', { params: { path: { orderId: ORDER_ID } }, body });
    const [request] = sent;
    expect(request?.method).toBe('POST');
    expect(new URL(request!.url).pathname).toBe(`/payments/orders/${ORDER_ID}/record-payment`);
    expect(await request?.json()).toEqual(body);
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(request?.headers.get('x-trace')).toBe('abc');
    expect(request?.redirect).toBe('manual');
  });
});
