// The client driven through a Prism mock of our own spec: every request it sends
// is validated against the contract, and so is every response it accepts.
import { describe, expect, expectTypeOf, inject, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  createOrdersClient,
  InternalServerError,
  NotFoundError,
  type Order,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../../src/index.js';
import { failOnViolations, violationCheckingFetch } from '../support/no-violations.js';

const altId = '3SwdhCu3svxI8AKsPJt6';

function client(headers?: Record<string, string>) {
  // Prism's example errors are not transient: asking again gives the same answer.
  const c = createOrdersClient({
    token: 'contract-test-token',
    baseUrl: inject('prismUrl'),
    headers,
    maxRetries: 0,
    fetch: violationCheckingFetch(),
  });
  c.use(failOnViolations);
  return c;
}

describe('valid queries', () => {
  it('lists orders, typed', async () => {
    const page = await client().orders.list({ altId });
    expectTypeOf(page.data).toEqualTypeOf<Order[]>();
    expect(page.data[0]?._id).toBe('653f5e0cde5a1314e62a837c');
    expect(page.data[0]?.amount).toBe(100);
    expect(page.totalCount).toBeGreaterThanOrEqual(page.data.length);
  });

  it('accepts every filter of the spec at once', async () => {
    const page = await client().orders.list({
      altId,
      locationId: altId,
      altType: 'location',
      status: 'completed',
      paymentStatus: 'partially_paid',
      paymentMode: 'live',
      startAt: '2024-02-01',
      endAt: '2024-02-13',
      search: 'Awesome order, with "quotes" & ampersands',
      contactId: 'XPLSw2SVagl12LMDeTmQ',
      funnelProductIds: '61dd0c7dc077f712a5f787ff,61d6afc9d39ac5e35965c017',
      sourceId: '61dd0c7dc077f712a5f787ff',
      limit: 100,
      offset: 40,
    });
    expect(Array.isArray(page.data)).toBe(true);
  });

  it('works through the raw typed GET as well', async () => {
    const { data, error, response } = await client().GET('/payments/orders', { params: { query: { altId } } });
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data?.data.length).toBeGreaterThan(0);
  });

  it('serves the empty example when asked', async () => {
    const page = await client({ Prefer: 'example=empty' }).orders.list({ altId });
    expect(page).toEqual({ data: [], totalCount: 0 });
  });
});

describe('auto-pagination through Prism', () => {
  it('iterates, pages and collects within the contract', async () => {
    const c = client();
    const ids: string[] = [];
    for await (const order of c.orders.list({ altId, paymentStatus: 'paid' })) ids.push(order._id);
    expect(ids).toEqual(['653f5e0cde5a1314e62a837c']);
    const pages = [];
    for await (const page of c.orders.list({ altId }, { pageSize: 25 }).pages()) pages.push(page);
    expect(pages).toHaveLength(1);
    expect(await c.orders.list({ altId }).toArray({ maxItems: 10 })).toHaveLength(1);
  });
});

describe('documented error statuses come back typed', () => {
  const cases = [
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [502, InternalServerError],
    [503, InternalServerError],
    [504, InternalServerError],
  ] as const;

  it.each(cases)('%i → %O', async (status, ErrorClass) => {
    const error = await client({ Prefer: `code=${status}` })
      .orders.list({ altId })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    const apiError = error as InstanceType<typeof ErrorClass>;
    expect(apiError.status).toBe(status);
    expect(apiError.body).toMatchObject({ statusCode: status });
    expect(apiError.request.url).toContain('/payments/orders');
    expect(apiError.message).not.toContain('contract-test-token');
  });

  it('a 422 lists every message', async () => {
    const error = (await client({ Prefer: 'code=422' })
      .orders.list({ altId })
      .catch((e: unknown) => e)) as UnprocessableEntityError;
    expect(error.messages).toEqual(['altId should not be empty']);
  });

  it('a 401 says how to fix the token', async () => {
    const error = await client({ Prefer: 'code=401' })
      .orders.list({ altId })
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/payments\/orders\.readonly/);
  });
});

describe('validation is really on', () => {
  // Deliberately invalid requests, sent without the violations guard.
  const unguarded = () => createOrdersClient({ token: 't', baseUrl: inject('prismUrl') });

  it('Prism rejects a request without altId', async () => {
    const { error, response } = await unguarded().GET('/payments/orders', {
      // @ts-expect-error altId is required: this request is invalid on purpose
      params: { query: {} },
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('sl-violations')).toMatch(/altid/i);
    expect(JSON.stringify(error)).toMatch(/altid/i);
  });

  it('Prism rejects a limit out of range (the raw client sends it unchecked)', async () => {
    const { error, response } = await unguarded().GET('/payments/orders', {
      params: { query: { altId, limit: 1000 } },
    });
    expect(response.status).toBe(422);
    expect(error).toBeDefined();
    expect(response.headers.get('sl-violations')).toMatch(/limit/);
  });

  it('Prism rejects a wrong Version header (which the client refuses to send)', async () => {
    const response = await fetch(`${inject('prismUrl')}/payments/orders?altId=${altId}`, {
      headers: { Authorization: 'Bearer t', Version: '2020-01-01' },
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('sl-violations')).toMatch(/version/i);
    // @ts-expect-error only the versions of the spec's ApiVersion exist
    expect(() => createOrdersClient({ token: 't', version: '2020-01-01' })).toThrow(
      /version must be one of 2021-07-28/,
    );
  });

  it('the violations guards fail the test on a stray request', async () => {
    const raw = createOrdersClient({ token: 't', baseUrl: inject('prismUrl') });
    raw.use(failOnViolations);
    await expect(raw.GET('/payments/orders', { params: { query: { altId, startAt: '1 Feb 2024' } } })).rejects.toThrow(
      /Prism found contract violations.*startAt/i,
    );
    const guarded = createOrdersClient({ token: 't', baseUrl: inject('prismUrl'), fetch: violationCheckingFetch() });
    const error = await guarded
      .GET('/payments/orders', { params: { query: { altId, limit: 1000 } } })
      .catch((e: unknown) => e as Error);
    expect(String((error as Error).cause)).toMatch(/Prism found contract violations.*limit/i);
  });
});
