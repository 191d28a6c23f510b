// The details of an order (what Get Order adds to the list item) and the state
// it starts with: the same for the same seed whatever is derived first,
// consistent with the list item, and valid against the spec's OrderDetail.
import { describe, expect, it } from 'vitest';
import { DEFAULT_HISTORY_END } from '../../src/index.js';
import { OrderGenerator } from '../../src/internal/generate-orders.js';
import { DetailDeriver, toCents } from '../../src/internal/order-detail.js';
import { OrderRecord } from '../../src/internal/order-record.js';
import { schemaProblems } from '../support/validate-response.js';

const records = new OrderGenerator({
  seed: 3,
  locationId: 'loc',
  historyEndMs: Date.parse(DEFAULT_HISTORY_END),
  historyDays: 730,
  expectedCount: 1500,
}).generate(1500);

describe('DetailDeriver', () => {
  it('derives the same details for the same seed, whichever order comes first', () => {
    const [a, b] = records as [OrderRecord, OrderRecord];
    const first = new DetailDeriver(3);
    const ab = [first.derive(a), first.derive(b)];
    const second = new DetailDeriver(3);
    const ba = [second.derive(b), second.derive(a)];
    expect(JSON.stringify(ab)).toBe(JSON.stringify(ba.reverse()));
    expect(JSON.stringify(new DetailDeriver(4).derive(a))).not.toBe(JSON.stringify(ab[0]));
  });

  it('agrees with every list item: lines, amounts, products, source, coupon, contact, test mode', () => {
    const deriver = new DetailDeriver(3);
    for (const record of records) {
      const { order } = record;
      const { items, extras } = deriver.derive(record);
      const at = order._id;
      const products = new Set(items.map((item) => item.product._id));
      expect(products.size, at).toBe(order.totalProducts);
      const cents = items.reduce((sum, item) => sum + toCents(item.price.amount) * item.qty, 0);
      expect(cents, at).toBe(toCents(order.subtotal));
      expect(extras.amountSummary, at).toEqual({ subtotal: order.subtotal, discount: order.discount });
      if (record.funnelProductIds.length > 0)
        expect([...products].sort(), at).toEqual([...record.funnelProductIds].sort());
      const recurring = new Set(
        items.filter((item) => item.price.type === 'recurring').map((item) => item.product._id),
      );
      expect(recurring.size, at).toBe(order.recurringProducts);
      expect(extras.source, at).toMatchObject({ type: order.sourceType, id: order.sourceId, name: order.sourceName });
      expect(extras.coupon?.code, at).toBe(order.couponCode);
      expect(extras.contactSnapshot?.email, at).toBe(order.contactEmail);
      expect(`${extras.contactSnapshot?.first_name} ${extras.contactSnapshot?.last_name}`, at).toBe(order.contactName);
      expect(extras.markAsTest, at).toBe(!order.liveMode);
      for (const item of items) expect(item.price.currency, at).toBe(order.currency);
    }
  });

  it('starts each order with what its list item says was paid and shipped', () => {
    const deriver = new DetailDeriver(3);
    const seen = new Set<string>();
    for (const record of records) {
      const { items, paidCents, fulfillments } = deriver.derive(record);
      const amount = toCents(record.order.amount);
      const units = items.reduce((sum, item) => sum + item.qty, 0);
      const shipped = fulfillments
        .flatMap(({ fulfillment }) => fulfillment.items)
        .reduce((sum, i) => sum + (i.qty ?? 0), 0);
      const state = `${record.paymentStatus}/${record.order.fulfillmentStatus}`;
      seen.add(record.paymentStatus).add(record.order.fulfillmentStatus ?? '');
      if (record.paymentStatus === 'paid' || record.paymentStatus === 'refunded') expect(paidCents, state).toBe(amount);
      if (record.paymentStatus === 'unpaid') expect(paidCents, state).toBe(0);
      if (record.paymentStatus === 'partially_paid') {
        expect(paidCents, state).toBeGreaterThan(0);
        expect(paidCents, state).toBeLessThan(amount);
      }
      if (record.order.fulfillmentStatus === 'fulfilled') expect(shipped, state).toBe(units);
      if (record.order.fulfillmentStatus === 'unfulfilled') expect(shipped, state).toBe(0);
      if (record.order.fulfillmentStatus === 'partially_fulfilled') {
        expect(shipped, state).toBeGreaterThan(0);
        expect(shipped, state).toBeLessThan(units);
      }
    }
    // The seed covers every state, so the checks above were all exercised.
    expect([...seen].sort()).toEqual(
      ['fulfilled', 'paid', 'partially_fulfilled', 'partially_paid', 'refunded', 'unfulfilled', 'unpaid'].sort(),
    );
  });

  it('gives some orders notes and fulfillments that the spec accepts', () => {
    const deriver = new DetailDeriver(3);
    const derived = records.slice(0, 300).map((record) => deriver.derive(record));
    const notes = derived.flatMap((seed) => seed.notes);
    expect(notes.length).toBeGreaterThan(10);
    const fulfillments = derived.flatMap((seed) => seed.fulfillments.map(({ fulfillment }) => fulfillment));
    expect(fulfillments.length).toBeGreaterThan(10);
    for (const fulfillment of fulfillments) expect(schemaProblems('Fulfillment', fulfillment)).toEqual([]);
    expect(schemaProblems('ListOrderNotesResponse', { status: true, data: notes })).toEqual([]);
  });

  it('derives a plain order given without product counts, amounts or source id', () => {
    const bare = new OrderRecord(
      {
        _id: '653f5e0cde5a1314e62a837c',
        altId: 'loc',
        altType: 'location',
        status: 'pending',
        sourceType: 'manual',
        createdAt: '2024-01-01T00:00:00.000Z',
        updatedAt: '2024-01-01T00:00:00.000Z',
      },
      'unpaid',
      [],
    );
    const seed = new DetailDeriver(1).derive(bare);
    expect(seed.items).toHaveLength(1);
    expect(seed.extras.amountSummary).toEqual({ subtotal: 0, discount: 0 });
    expect(seed.paidCents).toBe(0);
    expect(seed.extras.source).toBeUndefined();
  });
});
