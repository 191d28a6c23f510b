// Generated orders: shaped like the spec's Order, realistic, and the same for
// the same seed, byte for byte.
import { describe, expect, it } from 'vitest';
import { DEFAULT_HISTORY_END } from '../../src/index.js';
import { OrderGenerator } from '../../src/internal/generate-orders.js';
import { OrderStore } from '../../src/internal/order-store.js';
import { useSimulators } from '../support/simulators.js';
import { schemaProblems } from '../support/validate-response.js';

const start = useSimulators();
const END = Date.parse(DEFAULT_HISTORY_END);
const generator = (seed: number | string, expectedCount = 500) =>
  new OrderGenerator({ seed, locationId: 'loc', historyEndMs: END, historyDays: 730, expectedCount });
const json = (seed: number | string, count: number) =>
  JSON.stringify(new OrderStore(generator(seed, count).generate(count)).orders());

describe('determinism', () => {
  it('gives the same orders for the same seed, byte for byte', () => {
    expect(json(42, 500)).toBe(json(42, 500));
    expect(json('acme', 500)).toBe(json('acme', 500));
  });

  it('gives different orders for different seeds, and "42" is not 42', () => {
    expect(json(42, 50)).not.toBe(json(43, 50));
    expect(json('42', 50)).not.toBe(json(42, 50));
  });

  it('serves the same orders from two simulators with the same seed', async () => {
    const a = await start({ count: 300, seed: 7 });
    const b = await start({ count: 300, seed: 7 });
    expect(JSON.stringify(a.orders())).toBe(JSON.stringify(b.orders()));
    expect(a.records().map((r) => r.funnelProductIds)).toEqual(b.records().map((r) => r.funnelProductIds));
    const c = await start({ count: 300, seed: 8 });
    expect(JSON.stringify(c.orders())).not.toBe(JSON.stringify(a.orders()));
  });
});

describe('shape', () => {
  const records = generator(1, 2000).generate(2000);
  const orders = records.map((record) => record.order);

  it('validates every order against the spec Order schema', () => {
    const invalid = orders.map((order) => schemaProblems('Order', order)).filter((problems) => problems.length > 0);
    expect(invalid).toEqual([]);
  });

  it('gives unique 24-hex _ids whose time prefix is the creation second, like Mongo ids', () => {
    expect(new Set(orders.map((o) => o._id)).size).toBe(orders.length);
    for (const order of orders.slice(0, 200)) {
      expect(order._id).toMatch(/^[0-9a-f]{24}$/);
      expect(Number.parseInt(order._id.slice(0, 8), 16)).toBe(Math.floor(Date.parse(order.createdAt) / 1000));
    }
  });

  it('spreads createdAt over the two years before the history end, updatedAt after it and not later than the end', () => {
    const created = orders.map((o) => Date.parse(o.createdAt));
    expect(Math.max(...created)).toBeLessThanOrEqual(END);
    expect(Math.min(...created)).toBeGreaterThanOrEqual(END - 730 * 86_400_000);
    expect(Math.min(...created)).toBeLessThan(END - 650 * 86_400_000);
    for (const order of orders) {
      expect(order.updatedAt >= order.createdAt).toBe(true);
      expect(Date.parse(order.updatedAt)).toBeLessThanOrEqual(END);
    }
  });

  it('keeps amounts and product counts consistent', () => {
    for (const order of orders) {
      expect(order.amount).toBeCloseTo(order.subtotal! - order.discount!, 2);
      expect(order.onetimeProducts! + order.recurringProducts!).toBe(order.totalProducts);
      if (order.discount! > 0) expect(order.couponCode).toMatch(/^[A-Z0-9]{5,9}$/);
    }
  });

  it('fills the optional fields realistically, for one location', () => {
    const share = (test: (o: (typeof orders)[number]) => boolean) => orders.filter(test).length / orders.length;
    expect(new Set(orders.map((o) => o.altId))).toEqual(new Set(['loc']));
    expect(share((o) => o.liveMode === true)).toBeGreaterThan(0.8);
    expect(share((o) => o.liveMode === false)).toBeGreaterThan(0.02);
    expect(share((o) => o.status === 'completed')).toBeGreaterThan(0.6);
    expect(share((o) => o.contactEmail?.includes('@') === true)).toBeGreaterThan(0.9);
    expect(share((o) => o.sourceMeta !== undefined)).toBeGreaterThan(0.3);
    expect(new Set(orders.map((o) => o.sourceType)).size).toBeGreaterThanOrEqual(5);
    // Contacts come back: a contact filter returns several orders.
    expect(new Set(orders.map((o) => o.contactId)).size).toBeLessThan(orders.length / 2);
  });

  it('keeps funnel product ids hidden, on orders from funnels and websites only', () => {
    for (const record of records) {
      expect(Object.keys(record.order)).not.toContain('funnelProductIds');
      if (record.funnelProductIds.length > 0) expect(['funnel', 'website']).toContain(record.order.sourceType);
      for (const id of record.funnelProductIds) expect(id).toMatch(/^[0-9a-f]{24}$/);
    }
    expect(records.filter((r) => r.funnelProductIds.length > 0).length).toBeGreaterThan(records.length / 4);
  });

  it('derives a consistent hidden payment status', () => {
    for (const record of records) {
      const expected = {
        completed: ['paid', 'partially_paid'],
        pending: ['unpaid'],
        cancelled: ['unpaid'],
        refunded: ['refunded'],
      }[record.order.status as 'completed'];
      expect(expected).toContain(record.paymentStatus);
    }
  });
});

describe('scale', () => {
  it('generates 100,000 orders with unique ids, in listing order', async () => {
    const sim = await start({ count: 100_000, seed: 'scale', rateLimit: false });
    const orders = sim.orders();
    expect(orders).toHaveLength(100_000);
    expect(new Set(orders.map((o) => o._id)).size).toBe(100_000);
    for (let i = 1; i < orders.length; i++) {
      if (orders[i - 1]!.createdAt < orders[i]!.createdAt) throw new Error(`out of order at ${i}`);
    }
  });
});
