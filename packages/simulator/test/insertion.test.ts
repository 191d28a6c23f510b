// Orders created while someone pages: they are the newest, so they land on
// the first page and push every later order one place down, which is the
// trap of offset pagination (an order seen twice across a page boundary).
import { describe, expect, it } from 'vitest';
import { page, walk } from './support/sim-client.js';
import { useSimulators } from './support/simulators.js';
import { assertMatchesSpec } from './support/validate-response.js';

const start = useSimulators();

describe('insertOrders', () => {
  it('puts new orders first, so the next page repeats the last order of the previous one', async () => {
    const sim = await start({ count: 50, rateLimit: false });
    const first = await page(sim, { limit: 10 });
    const inserted = sim.insertOrders(1);
    const second = await page(sim, { limit: 10, offset: 10 });

    expect(sim.orders()[0]).toEqual(inserted[0]);
    expect(second.data[0]?._id).toBe(first.data[9]?._id);
    expect(second.totalCount).toBe(51);
    expect(first.totalCount).toBe(50);
  });

  it('makes valid orders, newer than every other, returned newest first', async () => {
    const sim = await start({ count: 20, rateLimit: false });
    const newestBefore = sim.orders()[0]!.createdAt;
    const inserted = sim.insertOrders(3);
    expect(inserted).toHaveLength(3);
    expect(sim.orders().slice(0, 3)).toEqual(inserted);
    for (const order of inserted) expect(order.createdAt > newestBefore).toBe(true);
    expect(inserted[0]!.createdAt > inserted[2]!.createdAt).toBe(true);
    const body = await page(sim, { limit: 3 });
    expect(body.data).toEqual(inserted);
    expect(sim.stats().inserted).toBe(3);
  });

  it('is seen by filtered views cached before the insertion', async () => {
    const sim = await start({ count: 40, rateLimit: false });
    const before = await page(sim, { paymentMode: 'live', limit: 100 });
    const inserted = sim.insertOrders(20);
    const live = inserted.filter((order) => order.liveMode === true).length;
    expect(live).toBeGreaterThan(0);
    const after = await page(sim, { paymentMode: 'live', limit: 100 });
    expect(after.totalCount).toBe(before.totalCount + live);
  });

  it('refuses a count that is not a whole number', async () => {
    const sim = await start({ count: 1, rateLimit: false });
    expect(() => sim.insertOrders(-1)).toThrow(RangeError);
    expect(() => sim.insertOrders(1.5)).toThrow(RangeError);
    expect(sim.insertOrders(0)).toEqual([]);
  });
});

describe('insertEvery', () => {
  it('inserts count orders after every so many pages served, and offset paging then repeats orders', async () => {
    const sim = await start({ count: 100, rateLimit: false, faults: { insertEvery: { requests: 2, count: 3 } } });
    const { ids, totals } = await walk(sim, {}, 10);
    // Every page seen is valid, but the walk sees some orders twice and totalCount grows.
    expect(new Set(ids).size).toBeLessThan(ids.length);
    expect(totals[0]).toBe(100);
    expect(totals.at(-1)).toBeGreaterThan(100);
    expect(sim.stats().inserted).toBe(Math.floor(sim.stats().byStatus[200]! / 2) * 3);
  });

  it('can be switched on and off at run time', async () => {
    const sim = await start({ count: 30, rateLimit: false });
    sim.setInsertEvery({ requests: 1, count: 1 });
    await page(sim);
    await page(sim);
    expect(sim.orders()).toHaveLength(32);
    sim.setInsertEvery(undefined);
    await page(sim);
    expect(sim.orders()).toHaveLength(32);
    expect(() => sim.setInsertEvery({ requests: 0, count: 1 })).toThrow(/insertEvery.requests/);
  });

  it('does not count failed answers as pages served', async () => {
    const sim = await start({ count: 30, rateLimit: false, faults: { insertEvery: { requests: 1, count: 1 } } });
    sim.fail({ kind: 'status', status: 500 });
    const res = await fetch(`${sim.url}/payments/orders?altId=${sim.locationId}`, {
      headers: { Authorization: 'Bearer t', Version: '2021-07-28' },
    });
    assertMatchesSpec({ status: res.status, headers: res.headers, text: await res.text() });
    expect(res.status).toBe(500);
    expect(sim.orders()).toHaveLength(30);
  });
});
