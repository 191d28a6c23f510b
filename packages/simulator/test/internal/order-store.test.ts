// Listing order, pages, and the per-filter cache that keeps paging through
// 100,000 orders cheap.
import type { Order } from '@hl-orders/types';
import { describe, expect, it } from 'vitest';
import { OrderRecord } from '../../src/internal/order-record.js';
import { OrderStore } from '../../src/internal/order-store.js';

const order = (n: number, createdAt: string, status = 'completed'): Order => ({
  _id: n.toString(16).padStart(24, '0'),
  altId: 'loc',
  altType: 'location',
  status,
  sourceType: 'funnel',
  createdAt,
  updatedAt: createdAt,
});
const record = (o: Order) => new OrderRecord(o, o.status === 'completed' ? 'paid' : 'unpaid', []);

describe('OrderStore', () => {
  it('lists newest first, ties broken by _id descending', () => {
    const store = new OrderStore([
      record(order(1, '2024-01-01T00:00:00.000Z')),
      record(order(3, '2024-01-02T00:00:00.000Z')),
      record(order(2, '2024-01-02T00:00:00.000Z')),
      record(order(4, '2023-12-31T00:00:00.000Z')),
    ]);
    expect(store.orders().map((o) => Number.parseInt(o._id, 16))).toEqual([3, 2, 1, 4]);
  });

  it('serves a page as JSON with the total of matching orders', () => {
    const store = new OrderStore([1, 2, 3].map((n) => record(order(n, `2024-01-0${n}T00:00:00.000Z`))));
    const page = store.page({}, 2, 1);
    expect(JSON.parse(page.body.toString('utf8'))).toEqual({
      data: [order(2, '2024-01-02T00:00:00.000Z'), order(1, '2024-01-01T00:00:00.000Z')],
      totalCount: 3,
    });
    expect(JSON.parse(store.page({}, 10, 5).body.toString('utf8'))).toEqual({ data: [], totalCount: 3 });
  });

  it('computes a filtered view once per filter set, and again after an insertion', () => {
    const store = new OrderStore([
      record(order(1, '2024-01-01T00:00:00.000Z', 'pending')),
      record(order(2, '2024-01-02T00:00:00.000Z')),
    ]);
    const first = store.view({ status: 'completed' });
    expect(store.view({ status: 'completed' })).toBe(first);
    expect(store.view({ status: 'pending' })).not.toBe(first);
    expect(store.view({})).toBe(store.records());

    store.insert([record(order(9, '2025-01-01T00:00:00.000Z'))]);
    const after = store.view({ status: 'completed' });
    expect(after).not.toBe(first);
    expect(after.map((r) => Number.parseInt(r.order._id, 16))).toEqual([9, 2]);
  });

  it('inserts at the right place and refuses a duplicate _id', () => {
    const store = new OrderStore([
      record(order(1, '2024-01-01T00:00:00.000Z')),
      record(order(3, '2024-01-03T00:00:00.000Z')),
    ]);
    store.insert([record(order(2, '2024-01-02T00:00:00.000Z')), record(order(4, '2023-01-01T00:00:00.000Z'))]);
    expect(store.orders().map((o) => Number.parseInt(o._id, 16))).toEqual([3, 2, 1, 4]);
    expect(() => store.insert([record(order(2, '2025-01-01T00:00:00.000Z'))])).toThrow(/duplicate order _id/);
    expect(
      () =>
        new OrderStore([record(order(5, '2024-01-01T00:00:00.000Z')), record(order(5, '2024-01-01T00:00:00.000Z'))]),
    ).toThrow(/duplicate/);
  });

  it('hands out frozen orders, so a caller cannot change what is served', () => {
    const store = new OrderStore([record({ ...order(1, '2024-01-01T00:00:00.000Z'), sourceMeta: { domain: 'a' } })]);
    const [first] = store.orders();
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.sourceMeta)).toBe(true);
    expect(Object.isFrozen(store.orders())).toBe(true);
  });

  it('replaces a changed order in place, in every view, the page bytes included', () => {
    const store = new OrderStore([1, 2, 3].map((n) => record(order(n, `2024-01-0${n}T00:00:00.000Z`, 'pending'))));
    expect(store.view({ paymentStatus: 'paid' })).toEqual([]);
    const before = store.records()[1] as OrderRecord;
    expect(store.get(before.order._id)).toBe(before);
    store.replace(
      before.with({ paymentStatus: 'paid', fulfillmentStatus: 'fulfilled', updatedAt: '2024-02-01T00:00:00.000Z' }),
    );
    expect(store.orders().map((o) => Number.parseInt(o._id, 16))).toEqual([3, 2, 1]);
    expect(store.view({ paymentStatus: 'paid' }).map((r) => r.order._id)).toEqual([before.order._id]);
    const served = JSON.parse(store.page({}, 10, 0).body.toString('utf8')).data[1];
    expect(served).toMatchObject({ updatedAt: '2024-02-01T00:00:00.000Z', fulfillmentStatus: 'fulfilled' });
    expect(before.order.updatedAt).toBe('2024-01-02T00:00:00.000Z');
    expect(() => store.replace(record(order(7, '2024-01-01T00:00:00.000Z')))).toThrow(/only a stored order/);
  });

  it('refuses an order whose createdAt is not a date-time', () => {
    expect(() => record(order(1, 'last tuesday'))).toThrow(/createdAt "last tuesday"/);
  });
});
