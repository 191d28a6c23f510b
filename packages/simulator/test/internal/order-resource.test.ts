// The resource without HTTP: a planned change does nothing until applied;
// payments and fulfillments change the order's detail and its list item (so
// List Orders' filters see them); notes are added; other locations see nothing.
import { describe, expect, it } from 'vitest';
import { DEFAULT_HISTORY_END } from '../../src/index.js';
import { OrderGenerator } from '../../src/internal/generate-orders.js';
import { ObjectIdFactory } from '../../src/internal/object-id.js';
import { DetailDeriver } from '../../src/internal/order-detail.js';
import type { OrderRecord } from '../../src/internal/order-record.js';
import { OrderResource } from '../../src/internal/order-resource.js';
import { OrderStore } from '../../src/internal/order-store.js';

const NOW = Date.parse('2026-11-22T12:00:00.000Z');

function setup() {
  const records = new OrderGenerator({
    seed: 5,
    locationId: 'loc',
    historyEndMs: Date.parse(DEFAULT_HISTORY_END),
    historyDays: 730,
    expectedCount: 200,
  }).generate(200);
  const store = new OrderStore(records);
  const resource = new OrderResource(store, new DetailDeriver(5), new ObjectIdFactory('abcdef0123', 0), () => NOW);
  const find = (test: (record: OrderRecord) => boolean) => {
    const found = store.records().find(test);
    if (!found) throw new Error('no generated order fits the test');
    return found.order._id;
  };
  return { store, resource, find };
}

const payment = (amount?: number, isPartialPayment?: boolean) => ({
  altId: 'loc',
  altType: 'location' as const,
  mode: 'cash' as const,
  ...(amount === undefined ? {} : { amount, isPartialPayment }),
});

describe('payments', () => {
  it('does nothing until applied, then adds partial payments up to paid, everywhere', () => {
    const { store, resource, find } = setup();
    const id = find((r) => r.paymentStatus === 'unpaid' && (r.order.amount ?? 0) > 10);
    const amount = store.get(id)?.order.amount as number;

    const plan = resource.planPayment(id, 'loc', payment(5, true));
    expect(plan?.ok).toBe(true);
    expect(resource.payments(id)?.paid).toBe(0);
    if (plan?.ok) plan.apply();

    expect(resource.payments(id)).toMatchObject({ amount, paid: 5, paymentStatus: 'partially_paid' });
    expect(resource.payments(id)?.payments).toEqual([
      { mode: 'cash', amount: 5, isPartialPayment: true, recordedAt: new Date(NOW).toISOString() },
    ]);
    expect(resource.detail(id)).toMatchObject({
      paymentStatus: 'partially_paid',
      updatedAt: new Date(NOW).toISOString(),
    });
    expect(store.get(id)?.order.updatedAt).toBe(new Date(NOW).toISOString());
    expect(store.view({ paymentStatus: 'partially_paid' }).map((r) => r.order._id)).toContain(id);

    const rest = resource.planPayment(id, 'loc', payment());
    if (rest?.ok) rest.apply();
    expect(resource.payments(id)).toMatchObject({ paid: amount, due: 0, paymentStatus: 'paid' });
    expect(store.view({ paymentStatus: 'paid' }).map((r) => r.order._id)).toContain(id);
    expect(resource.planPayment(id, 'loc', payment(1, true))).toMatchObject({ ok: false });
  });

  it('knows nothing of an unknown order, nor of one asked for with another location', () => {
    const { resource, find } = setup();
    const id = find((r) => r.paymentStatus === 'unpaid');
    expect(resource.planPayment('000000000000000000000000', 'loc', payment())).toBeUndefined();
    expect(resource.planPayment(id, 'elsewhere', payment())).toBeUndefined();
    expect(resource.detail(id, 'elsewhere')).toBeUndefined();
    expect(resource.payments('000000000000000000000000')).toBeUndefined();
  });
});

describe('fulfillments', () => {
  it('ships part, then the rest, and the order follows: partially fulfilled, then fulfilled', () => {
    const { store, resource, find } = setup();
    const id = find((r) => r.order.fulfillmentStatus === 'unfulfilled' && (r.order.totalProducts ?? 0) > 1);
    const lines = resource.detail(id)?.items ?? [];
    const [first, ...others] = lines.map((item) => ({ priceId: item.price?._id as string, qty: item.qty as number }));
    const body = (items: { priceId: string; qty: number }[]) => ({
      altId: 'loc',
      altType: 'location' as const,
      trackings: [{ trackingNumber: '1Z999', shippingCarrier: 'UPS' }],
      items,
      notifyCustomer: true,
    });

    const plan = resource.planFulfillment(id, 'loc', body([first as { priceId: string; qty: number }]));
    expect(resource.fulfillments(id)).toEqual([]);
    const created = plan?.ok ? plan.apply() : undefined;
    expect(created).toMatchObject({ altId: 'loc', trackings: [{ trackingNumber: '1Z999' }] });
    expect(created?.items.map((item) => [item._id, item.qty])).toEqual([[first?.priceId, first?.qty]]);
    expect(store.get(id)?.order.fulfillmentStatus).toBe('partially_fulfilled');
    expect(resource.fulfillments(id)).toEqual([{ fulfillment: created, notifyCustomer: true }]);

    expect(resource.planFulfillment(id, 'loc', body([first as { priceId: string; qty: number }]))).toMatchObject({
      ok: false,
    });
    const rest = resource.planFulfillment(id, 'loc', body(others));
    if (rest?.ok) rest.apply();
    expect(resource.detail(id)?.fulfillmentStatus).toBe('fulfilled');
    expect(resource.fulfillments(id)).toHaveLength(2);
  });
});

describe('notes', () => {
  it('adds a text note or an object as given, and refuses an unknown order', () => {
    const { resource, find } = setup();
    const id = find(() => true);
    const before = resource.notes(id)?.length ?? 0;
    const text = resource.addNote(id, 'Called the customer.');
    expect(text).toMatchObject({ body: 'Called the customer.', createdAt: new Date(NOW).toISOString() });
    expect(text._id).toMatch(/^[0-9a-f]{24}$/);
    expect(resource.addNote(id, { text: 'as seen live', author: 'u1' })).toEqual({
      text: 'as seen live',
      author: 'u1',
    });
    expect(resource.notes(id)?.slice(before)).toEqual([text, { text: 'as seen live', author: 'u1' }]);
    expect(() => resource.addNote('000000000000000000000000', 'x')).toThrow(
      /no order with _id 000000000000000000000000/,
    );
  });
});
