// limit/offset and totalCount: walking every page gives every order exactly
// once, in listing order, whatever the page size.
import { describe, expect, it } from 'vitest';
import { page, walk } from './support/sim-client.js';
import { useSimulators } from './support/simulators.js';

const start = useSimulators();

describe('pagination', () => {
  it('walks every order exactly once, newest first, for several page sizes', async () => {
    const sim = await start({ count: 257, seed: 'paging', rateLimit: false });
    const all = sim.orders().map((order) => order._id);
    for (const limit of [1, 7, 10, 100]) {
      const { ids, totals } = await walk(sim, {}, limit);
      expect(ids, `limit ${limit}`).toEqual(all);
      expect(new Set(ids).size).toBe(257);
      expect(new Set(totals)).toEqual(new Set([257]));
    }
    const created = sim.orders().map((order) => order.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('defaults to limit 10 and offset 0', async () => {
    const sim = await start({ count: 25, rateLimit: false });
    const body = await page(sim);
    expect(body.data.map((o) => o._id)).toEqual(
      sim
        .orders()
        .slice(0, 10)
        .map((o) => o._id),
    );
    expect(body.totalCount).toBe(25);
  });

  it('answers an offset past the end with no orders and the true total', async () => {
    const sim = await start({ count: 25, rateLimit: false });
    expect(await page(sim, { offset: 25 })).toEqual({ data: [], totalCount: 25 });
    expect(await page(sim, { offset: 1000, limit: 100 })).toEqual({ data: [], totalCount: 25 });
    expect((await page(sim, { offset: 20, limit: 10 })).data).toHaveLength(5);
  });

  it('serves no orders at all when it holds none', async () => {
    const sim = await start({ count: 0, rateLimit: false });
    expect(await page(sim)).toEqual({ data: [], totalCount: 0 });
  });

  it('pages a filtered view with its own totalCount', async () => {
    const sim = await start({ count: 300, seed: 3, rateLimit: false });
    const paid = sim
      .records()
      .filter((r) => r.paymentStatus === 'paid')
      .map((r) => r.order._id);
    const { ids, totals } = await walk(sim, { paymentStatus: 'paid' }, 13);
    expect(ids).toEqual(paid);
    expect(new Set(totals)).toEqual(new Set([paid.length]));
  });
});
