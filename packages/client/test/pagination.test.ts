import { describe, expect, it } from 'vitest';
import { APIUserAbortError, createOrdersClient, PaginationError, ValidationError } from '../src/index.js';
import { fakeApi, order } from './support/fake-api.js';

const client = (fetch: (r: Request) => Promise<Response>) =>
  createOrdersClient({ token: 'secret-token', fetch, rateLimiter: false, maxRetries: 0 });

async function collect(iterable: AsyncIterable<{ _id: string }>): Promise<string[]> {
  const ids: string[] = [];
  for await (const o of iterable) ids.push(o._id);
  return ids;
}

describe('client.orders.list', () => {
  it('walks every page and yields each order once, in order', async () => {
    const api = fakeApi({ count: 250 });
    const ids = await collect(client(api.fetch).orders.list({ altId: 'loc' }));
    expect(ids).toEqual(api.orders.map((o) => o._id));
    // Each page overlaps the one before by one order (the check that the list
    // has not shifted): 100 + 99 + 51, and the short page ends it.
    expect(api.requests.map((u) => u.searchParams.get('offset'))).toEqual(['0', '99', '198']);
  });

  it('ends on the first short page, whatever totalCount says', async () => {
    const api = fakeApi({ count: 200, totalCount: () => 100 });
    expect(await collect(client(api.fetch).orders.list({ altId: 'loc' }))).toHaveLength(200);
    expect(api.requests).toHaveLength(3);
  });

  it('does not trust a totalCount of 0 when orders keep coming (the vendor example)', async () => {
    const api = fakeApi({ count: 25, totalCount: () => 0 });
    const ids = await collect(client(api.fetch).orders.list({ altId: 'loc', limit: 10 }));
    expect(ids).toHaveLength(25);
  });

  it('keeps the query filters and page size on every page', async () => {
    const api = fakeApi({ count: 30 });
    await collect(client(api.fetch).orders.list({ altId: 'loc', paymentStatus: 'paid', limit: 10 }));
    for (const url of api.requests) {
      expect(url.searchParams.get('paymentStatus')).toBe('paid');
      expect(url.searchParams.get('limit')).toBe('10');
    }
  });

  it('loses and repeats nothing while orders are inserted at the front', async () => {
    const api = fakeApi({
      count: 95,
      beforePage: (orders, n) => {
        if (n > 1) orders.unshift(order(1000 + n * 3), order(1001 + n * 3), order(1002 + n * 3));
      },
    });
    const before = api.orders.map((o) => o._id);
    const ids = await collect(client(api.fetch).orders.list({ altId: 'loc', limit: 10 }));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of before) expect(ids).toContain(id);
  });

  it('drops repeats with a bounded dedupe window too', async () => {
    const api = fakeApi({
      count: 300,
      beforePage: (orders, n) => {
        if (n > 1) orders.unshift(order(5000 + n * 2), order(5001 + n * 2));
      },
    });
    const before = api.orders.map((o) => o._id);
    const ids = await collect(client(api.fetch).orders.list({ altId: 'loc', limit: 10 }, { dedupeWindow: 2 }));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of before) expect(ids).toContain(id);
  });

  it('stops with an error instead of looping when the server ignores offset', async () => {
    const api = fakeApi({ count: 50, ignoreOffset: true });
    await expect(collect(client(api.fetch).orders.list({ altId: 'loc', limit: 10 }))).rejects.toThrow(PaginationError);
    expect(api.requests.length).toBeLessThanOrEqual(4);
  });

  it('caps with maxItems and skips ids already seen', async () => {
    const api = fakeApi({ count: 50 });
    const list = client(api.fetch).orders.list(
      { altId: 'loc', limit: 10 },
      { maxItems: 7, seenIds: [api.orders[0]!._id] },
    );
    expect(await collect(list)).toEqual(api.orders.slice(1, 8).map((o) => o._id));
  });

  it('pages() gives whole pages with totalCount and offsets', async () => {
    const api = fakeApi({ count: 25 });
    const pages = [];
    for await (const page of client(api.fetch).orders.list({ altId: 'loc', limit: 10 }).pages()) pages.push(page);
    expect(pages.map((p) => [p.offset, p.nextOffset, p.data.length, p.totalCount])).toEqual([
      [0, 9, 10, 25],
      [9, 18, 10, 25],
      [18, 24, 7, 25],
    ]);
  });

  it('toArray refuses to collect without a cap, and honours one', async () => {
    const api = fakeApi({ count: 300 });
    const list = client(api.fetch).orders.list({ altId: 'loc' });
    // @ts-expect-error the cap is required
    await expect(list.toArray({})).rejects.toThrow(ValidationError);
    expect(await list.toArray({ maxItems: 120 })).toHaveLength(120);
  });

  it('cancels between pages with an AbortSignal', async () => {
    const controller = new AbortController();
    const api = fakeApi({ count: 100, beforePage: (_, n) => n === 2 && controller.abort() });
    const list = client(api.fetch).orders.list({ altId: 'loc', limit: 10 }, { signal: controller.signal });
    await expect(collect(list)).rejects.toThrow(APIUserAbortError);
    expect(api.requests.length).toBeLessThanOrEqual(2);
  });

  it('checks the query before the first request, rejecting when awaited or iterated', async () => {
    const api = fakeApi({ count: 1 });
    const list = client(api.fetch).orders.list({ altId: 'loc', endAt: 'yesterday' });
    await expect(list).rejects.toThrow(/endAt/);
    await expect(collect(list)).rejects.toThrow(ValidationError);
    expect(api.requests).toHaveLength(0);
  });

  it('awaited, it is the first page as the query asks for it', async () => {
    const api = fakeApi({ count: 30 });
    const page = await client(api.fetch).orders.list({ altId: 'loc', limit: 5, offset: 10 });
    expect(page.data.map((o) => o._id)).toEqual(api.orders.slice(10, 15).map((o) => o._id));
    expect(page.totalCount).toBe(30);
    expect(api.requests).toHaveLength(1);
  });
});
